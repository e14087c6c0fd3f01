namespace Clout.Surveys;

/// <summary>
/// The ready-to-paste snippets that put a post-purchase survey, with each order's token, where only the buyer sees
/// it. Each computes the token on the shop's own server (Liquid at Shopify, PHP at WooCommerce), so the page shows
/// the token and never the secret. Printed by `clout survey snippet` and shown to owners by the survey builder.
/// </summary>
public static class OrderProofSnippets
{
    public const string Shopify = "shopify";

    public const string WooCommerce = "woocommerce";

    public static IReadOnlyList<string> Shops { get; } = [Shopify, WooCommerce];

    /// <summary>Where people reach Clout, for the CLI (the dashboard knows its own address): an http(s) URL with nothing to escape.</summary>
    public static string? BaseUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            return null;
        }
        var url = uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
        // Pasted into HTML attributes, Liquid and PHP strings: a quote, a backslash or a bracket would break out of them.
        return url.Any(c => c is '\'' or '"' or '\\' or '<' or '>' or '{' or '}' || char.IsWhiteSpace(c)) ? null : url;
    }

    /// <summary>
    /// Shopify, on the order status page (Settings › Checkout › Order status page › Additional scripts; only where the
    /// store still has the legacy page): the widget with the order's id and token.
    /// </summary>
    public static string ShopifyOrderStatus(string baseUrl, string publicId, string secret) => $$$"""
        {% comment %} Clout's survey with the order token that proves the answer comes from this order's buyer. Liquid runs on Shopify's servers: the page shows the token, never the secret. {% endcomment %}
        <script src="{{{baseUrl}}}/widget.js" data-survey="{{{Checked(publicId)}}}" data-order-id="{{ order.id }}" data-order-token="{{ order.id | hmac_sha256: '{{{Checked(secret)}}}' }}" async></script>
        """;

    /// <summary>Shopify, in the order confirmation e-mail (Settings › Notifications › Order confirmation): a link to the hosted survey page.</summary>
    public static string ShopifyEmail(string baseUrl, string publicId, string secret) => $$$"""
        {% comment %} Clout's survey page for this order, with its order token. {% endcomment %}
        <p><a href="{{{baseUrl}}}/s/{{{Checked(publicId)}}}?order_id={{ id }}&amp;order_token={{ id | hmac_sha256: '{{{Checked(secret)}}}' }}">Tell us how you heard about us</a></p>
        """;

    /// <summary>WooCommerce, on the thank-you page (the theme's functions.php or a code-snippets plugin).</summary>
    public static string WooCommerceThankYou(string baseUrl, string publicId, string secret) => $$$"""
        // Clout's survey on the thank-you page, with the order token that proves the answer comes from this order's
        // buyer. PHP runs on the shop's server: the page shows the token, never the secret.
        add_action( 'woocommerce_thankyou', function ( $order_id ) {
            $order = wc_get_order( $order_id );
            if ( ! $order ) {
                return;
            }
            $id = (string) $order->get_id();
            printf(
                '<script src="%s" data-survey="%s" data-order-id="%s" data-order-token="%s" async></script>',
                esc_url( '{{{baseUrl}}}/widget.js' ),
                esc_attr( '{{{Checked(publicId)}}}' ),
                esc_attr( $id ),
                esc_attr( hash_hmac( 'sha256', $id, '{{{Checked(secret)}}}' ) )
            );
        } );
        """;

    /// <summary>Public ids and secrets are letters, digits, - and _: nothing in them needs escaping anywhere they are pasted.</summary>
    private static string Checked(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? value
            : throw new ArgumentException($"'{value}' is not a public id or a secret.", nameof(value));
}
