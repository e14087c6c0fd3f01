using Clout.Core.Roster;

namespace Clout.Storage.Model;

/// <summary>
/// A link a brand sends a creator so that they authorise Clout on their platform. Only the SHA-256 of the link's
/// secret is stored; the link works once, until it expires.
/// </summary>
public sealed class ConnectorInvitation : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public Platform Platform { get; set; }

    /// <summary>The creator's handle as the brand typed it: the connection's account once they authorise.</summary>
    public required string Handle { get; set; }

    public required string SecretHash { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? UsedAtUtc { get; set; }
}
