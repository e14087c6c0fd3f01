namespace Clout.Storage.Model;

/// <summary>
/// A column map saved under a name for one kind of file, so that next month's export of the same tool imports with
/// one click. The map is kept as its text, the form <c>--map</c> takes; the kind as its name (<c>posts</c>), which
/// the import's store reads and writes.
/// </summary>
public sealed class SavedMapping : IWorkspaceOwned
{
    public long WorkspaceId { get; set; }

    public required string Kind { get; set; }

    public required string Name { get; set; }

    public required string Map { get; set; }
}
