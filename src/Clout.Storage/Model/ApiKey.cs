using Clout.Core.Access;

namespace Clout.Storage.Model;

/// <summary>
/// An API key. Only a SHA-256 hash of the secret is stored: keys are 256-bit random, so a fast hash is safe,
/// and the prefix lets a lookup find the row without scanning.
/// </summary>
public sealed class ApiKey : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }
    public string? Name { get; set; }
    public required KeyScope Scope { get; set; }
    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the key last authenticated a request, to the hour: a write per request would cost more than the request.</summary>
    public DateTime? LastUsedAtUtc { get; set; }

    public DateTime? RevokedAtUtc { get; set; }
}
