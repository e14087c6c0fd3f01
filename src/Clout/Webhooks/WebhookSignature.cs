using System.Security.Cryptography;
using System.Text;

namespace Clout.Webhooks;

/// <summary>
/// The shops' webhook signature, the same for Shopify (header X-Shopify-Hmac-Sha256) and WooCommerce
/// (X-WC-Webhook-Signature): base64(HMAC-SHA256(secret, raw body)).
/// </summary>
public static class WebhookSignature
{
    public const string ShopifyHeader = "X-Shopify-Hmac-Sha256";

    public const string WooCommerceHeader = "X-WC-Webhook-Signature";

    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));
    }

    /// <summary>Compares in constant time, so that the time taken does not tell how much of a forgery was right.</summary>
    public static bool Verify(string secret, ReadOnlySpan<byte> body, string? signature)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }
        Span<byte> presented = stackalloc byte[64];
        if (!Convert.TryFromBase64String(signature.Trim(), presented, out var written))
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, presented[..written]);
    }
}
