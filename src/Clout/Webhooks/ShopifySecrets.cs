using Clout.Hosting;
using Microsoft.AspNetCore.DataProtection;

namespace Clout.Webhooks;

/// <summary>Workspaces' Shopify signing secrets, encrypted (see <see cref="ProtectedSecrets"/>).</summary>
public sealed class ShopifySecrets(IDataProtectionProvider provider) : ProtectedSecrets(provider, Purpose)
{
    public const string Purpose = "Clout.Shopify.Secret";

    /// <summary>Shopify's secrets are 64 hex characters or so; far longer is a pasted mistake.</summary>
    public const int MaxSecretLength = 500;
}
