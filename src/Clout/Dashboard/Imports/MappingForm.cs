using Clout.Storage.Ingestion;

namespace Clout.Dashboard.Imports;

/// <summary>
/// The import page's mapping as the form sends it: the file's columns in <c>from</c> and the choice for each in
/// <c>to</c> (Clout's column, or "-" to leave it out), read into a <see cref="ColumnMap"/> with the same checks as
/// <c>--map</c> (a column chosen twice is refused, naming it).
/// </summary>
internal static class MappingForm
{
    /// <summary>The map, or null with the reason in <paramref name="error"/>.</summary>
    public static ColumnMap? Read(string[]? from, string[]? to, out string error)
    {
        if (from is not { Length: > 0 } || to is null || to.Length != from.Length)
        {
            error = "The mapping needs one choice for each of the file's columns.";
            return null;
        }
        // Written and read back: one set of rules for the page, the CLI and a saved mapping.
        var text = ColumnMap.FromPairs(from.Zip(to, (f, t) => KeyValuePair.Create(f, string.IsNullOrWhiteSpace(t) ? ColumnMap.Ignore : t))).ToString();
        var map = ColumnMap.Parse(text, out var problem);
        error = problem is null ? "" : $"The mapping cannot be used: {problem}.";
        return map;
    }
}
