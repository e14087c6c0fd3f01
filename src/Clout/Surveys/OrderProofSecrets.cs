using System.Security.Cryptography;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.DataProtection;

namespace Clout.Surveys;

/// <summary>
/// A workspace's order-proof secret, the key of its order tokens: 32 random bytes written as 64 hex characters (the
/// text the shop's page uses as its HMAC key), made on first need, stored encrypted with ASP.NET Core Data Protection
/// like the Shopify secret (a database copy alone cannot forge proof), and read in clear by the survey intake, the
/// snippets and the demo. The CLI and the server share the key ring through the application name "clout".
/// </summary>
public sealed class OrderProofSecrets(IDataProtectionProvider provider, WorkspaceSettingsStore settings, ILogger<OrderProofSecrets> logger)
{
    public const string Purpose = "Clout.OrderProof.Secret";

    /// <summary>256 bits: as strong as the HMAC-SHA256 it keys, and beyond guessing.</summary>
    private const int SecretBytes = 32;

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>The secret in clear from its stored form; null when there is none, or when the key ring that protected it is gone.</summary>
    public string? Read(string? protectedSecret)
    {
        if (protectedSecret is null)
        {
            return null;
        }
        try
        {
            return _protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException e)
        {
            // Every answer is then stored without order proof; an owner makes a new secret and pastes the new snippet.
            logger.LogError(e, "The order-proof secret cannot be decrypted (the Data Protection key ring changed); survey answers credit no order until it is rotated with `clout survey snippet --rotate-secret`.");
            return null;
        }
    }

    /// <summary>The workspace's secret in clear as stored now, or null when it has none (or it can no longer be read).</summary>
    public async Task<string?> CurrentAsync(long workspaceId, CancellationToken cancellationToken) =>
        Read(await settings.GetOrderProofSecretAsync(workspaceId, cancellationToken));

    /// <summary>
    /// The workspace's secret in clear, made now when it has none (when two first uses race, both get the first one's).
    /// Null when one is stored but can no longer be read: <see cref="RotateAsync"/> replaces it.
    /// </summary>
    public async Task<string?> EnsureAsync(long workspaceId, CancellationToken cancellationToken)
    {
        var stored = await settings.GetOrderProofSecretAsync(workspaceId, cancellationToken)
            ?? await settings.SetOrderProofSecretAsync(workspaceId, _protector.Protect(NewSecret()), replace: false, cancellationToken);
        return Read(stored);
    }

    /// <summary>Replaces the workspace's secret: every token made with the old one stops proving anything from now on.</summary>
    public async Task<string> RotateAsync(long workspaceId, CancellationToken cancellationToken)
    {
        var secret = NewSecret();
        await settings.SetOrderProofSecretAsync(workspaceId, _protector.Protect(secret), replace: true, cancellationToken);
        return secret;
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretBytes));
}
