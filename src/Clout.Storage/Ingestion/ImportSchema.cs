namespace Clout.Storage.Ingestion;

/// <summary>The columns of a file kind. Unknown columns are refused: they are usually a misspelt known one.</summary>
internal sealed record ImportSchema(IReadOnlyList<string> Required, IReadOnlyList<string> Optional)
{
    public IEnumerable<string> All => Required.Concat(Optional);

    /// <summary>
    /// Errors for a header (CSV) or property set (JSON) that does not fit the schema. An unknown column is named as
    /// the file writes it (<paramref name="asWritten"/>), so that the user finds it and can copy it into a map.
    /// </summary>
    public List<ImportError> Check(IEnumerable<string> columns, long line, Func<string, string>? asWritten = null)
    {
        var errors = new List<ImportError>();
        var present = new HashSet<string>(columns, StringComparer.Ordinal);
        foreach (var column in present.Where(c => !All.Contains(c)).Select(c => asWritten?.Invoke(c) ?? c))
        {
            errors.Add(new ImportError(line, column, $"unknown column; expected {string.Join(",", All)} (or map it to one: --map \"{column}=…\")"));
        }
        foreach (var column in Required.Where(c => !present.Contains(c)))
        {
            errors.Add(new ImportError(line, column, "required column is missing"));
        }
        return errors;
    }
}
