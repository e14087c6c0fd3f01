using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Clout.Hosting;

/// <summary>
/// Encrypts and decrypts secrets Clout keeps (a shop's signing secret, a platform's key or token) with ASP.NET Core
/// Data Protection, one purpose per kind of secret. The CLI (which stores a secret) and the server (which uses it)
/// share the key ring through the application name "clout"; the database holds only ciphertext.
/// </summary>
public abstract class ProtectedSecrets(IDataProtectionProvider provider, string purpose)
{
    private readonly IDataProtector _protector = provider.CreateProtector(purpose);

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
