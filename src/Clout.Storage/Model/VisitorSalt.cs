namespace Clout.Storage.Model;

/// <summary>
/// The random salt of one UTC day for a workspace's visitor ids. Salts of past days are deleted, after which no one,
/// not even the operator, can link a visitor id back to an IP address.
/// </summary>
public sealed class VisitorSalt : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public DateTime DayUtc { get; set; }
    public required byte[] Salt { get; set; }
}
