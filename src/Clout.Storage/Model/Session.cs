namespace Clout.Storage.Model;

/// <summary>
/// A dashboard sign-in, kept on the server so that it can be ended before its cookie expires. The cookie carries a
/// random key; only its SHA-256 hash is stored, so that reading this table signs nobody in.
/// </summary>
public sealed class Session : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long UserId { get; set; }
    public required string KeyHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
}
