namespace Clout.Storage.Model;

/// <summary>
/// Where a public link code leads: /r/{code} carries no workspace, so this small global table finds it, and its key
/// keeps codes unique across the database. Written with the collaboration, in its transaction; goes with it.
/// </summary>
public sealed class TrackingLinkCode
{
    public required string Code { get; set; }
    public long WorkspaceId { get; set; }
    public long CollaborationId { get; set; }
}
