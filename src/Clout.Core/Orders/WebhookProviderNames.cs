namespace Clout.Core.Orders;

/// <summary>The names webhook senders are stored under ("shopify"), part of the deliveries' unique index, so they never change.</summary>
public static class WebhookProviderNames
{
    public static string ToName(this WebhookProvider provider) => provider switch
    {
        WebhookProvider.Shopify => "shopify",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a webhook provider."),
    };

    /// <summary>Parses a stored name (exactly as <see cref="ToName"/> writes it).</summary>
    public static WebhookProvider Parse(string name) => name switch
    {
        "shopify" => WebhookProvider.Shopify,
        _ => throw new FormatException($"'{name}' is not a webhook provider (shopify)."),
    };
}
