namespace Clout.Core.Orders;

/// <summary>The names orders' channels are stored and shown under ("api", "import", "shopify"): the orders' channel column and the API's JSON use them, so they never change.</summary>
public static class OrderChannelNames
{
    public static string ToName(this OrderChannel channel) => channel switch
    {
        OrderChannel.Api => "api",
        OrderChannel.Import => "import",
        OrderChannel.Shopify => "shopify",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not an order channel."),
    };

    /// <summary>Parses a stored name (exactly as <see cref="ToName"/> writes it).</summary>
    public static OrderChannel Parse(string name) => name switch
    {
        "api" => OrderChannel.Api,
        "import" => OrderChannel.Import,
        "shopify" => OrderChannel.Shopify,
        _ => throw new FormatException($"'{name}' is not an order channel (api, import, shopify)."),
    };
}
