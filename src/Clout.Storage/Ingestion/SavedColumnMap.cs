namespace Clout.Storage.Ingestion;

/// <summary>
/// A saved mapping as read: its name, its text, and the map itself, or null when the stored text no longer reads as
/// one (then it can still be listed and deleted, never applied).
/// </summary>
public sealed record SavedColumnMap(ImportKind Kind, string Name, string Text, ColumnMap? Map)
{
    /// <summary>True when the map names exactly the header's columns (case and surrounding spaces aside): made for this export.</summary>
    public bool Fits(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        if (Map is null || header.Count == 0)
        {
            return false;
        }
        var columns = new HashSet<string>(header.Select(h => h.Trim()), StringComparer.OrdinalIgnoreCase);
        return columns.SetEquals(Map.Targets.Keys);
    }
}
