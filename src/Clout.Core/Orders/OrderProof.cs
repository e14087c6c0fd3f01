using System.Security.Cryptography;
using System.Text;

namespace Clout.Core.Orders;

/// <summary>
/// Proof that a survey answer comes from an order's buyer: the order token, HMAC-SHA256 of the order id (as the shop
/// and Clout store it) under the workspace's order-proof secret, in lowercase hex. The shop's own server makes it for
/// the order confirmation page — Shopify's Liquid <c>{{ order.id | hmac_sha256: "SECRET" }}</c>, PHP's
/// <c>hash_hmac('sha256', $order->get_id(), 'SECRET')</c> — so the key is the secret's text as UTF-8, as both use it.
/// </summary>
public static class OrderProof
{
    /// <summary>Characters of a token: a SHA-256 in hex.</summary>
    public const int TokenLength = SHA256.HashSizeInBytes * 2;

    public static string Token(string secret, string orderId)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(orderId);
        return Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(orderId)));
    }

    /// <summary>
    /// Whether <paramref name="token"/> is this order's token. Compared in constant time, so the time of a refusal
    /// tells a guesser nothing about how much of a forged token was right; upper-case hex is accepted too.
    /// </summary>
    public static bool Verify(string secret, string orderId, string? token)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentNullException.ThrowIfNull(orderId);
        if (token is not { Length: TokenLength })
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Token(secret, orderId));
        var given = Encoding.ASCII.GetBytes(token.ToLowerInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
