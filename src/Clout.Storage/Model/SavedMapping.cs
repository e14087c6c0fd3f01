using Clout.Storage.Ingestion;

namespace Clout.Storage.Model;

/// <summary>
/// A column map saved under a name for one kind of file, so that next month's export of the same tool imports with
/// one click. The map is kept as its text (<see cref="ColumnMap.ToString"/>), the form <c>--map</c> takes.
/// </summary>
public sealed class SavedMapping : IWorkspaceOwned
{
    public long WorkspaceId { get; set; }

    public ImportKind Kind { get; set; }

    public required string Name { get; set; }

    public required string Map { get; set; }
}
