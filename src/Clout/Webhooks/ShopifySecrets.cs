using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Clout.Webhooks;

/// <summary>
/// Encrypts and decrypts workspaces' Shopify signing secrets with ASP.NET Core Data Protection. The CLI (which
/// stores a secret) and the server (which verifies with it) share the key ring through the application name "clout".
/// </summary>
public sealed class ShopifySecrets(IDataProtectionProvider provider)
{
    public const string Purpose = "Clout.Shopify.Secret";

    /// <summary>Shopify's secrets are 64 hex characters or so; far longer is a pasted mistake.</summary>
    public const int MaxSecretLength = 500;

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The secret in clear, or null when the key ring that protected it is gone.</summary>
    public string? Unprotect(string protectedSecret)
    {
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
