using Clout.Core.Orders;
using Clout.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Clout.Webhooks;

/// <summary>
/// Encrypts and decrypts workspaces' webhook signing secrets (Shopify's, WooCommerce's) with ASP.NET Core Data
/// Protection. The CLI (which stores a secret) and the server (which verifies with it) share the key ring through the
/// application name "clout". Each shop has its own purpose, so one shop's stored secret never decrypts as another's.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    /// <summary>Shopify's secrets are 64 hex characters or so, WooCommerce's 50 or so; far longer is a pasted mistake.</summary>
    public const int MaxSecretLength = 500;

    // The Shopify purpose is the one its secrets were first stored under: changing it would orphan them.
    private readonly ShopSecrets _shopify = new(provider, "Clout.Shopify.Secret");
    private readonly ShopSecrets _wooCommerce = new(provider, "Clout.WooCommerce.Secret");

    public string Protect(WebhookProvider shop, string secret) => Secrets(shop).Protect(secret);

    /// <summary>The secret in clear, or null when the key ring that protected it is gone.</summary>
    public string? Unprotect(WebhookProvider shop, string protectedSecret) => Secrets(shop).Unprotect(protectedSecret);

    private ShopSecrets Secrets(WebhookProvider shop) => shop switch
    {
        WebhookProvider.Shopify => _shopify,
        WebhookProvider.WooCommerce => _wooCommerce,
        _ => throw new ArgumentOutOfRangeException(nameof(shop), shop, "Not a webhook provider."),
    };

    private sealed class ShopSecrets(IDataProtectionProvider provider, string purpose) : ProtectedSecrets(provider, purpose);
}
