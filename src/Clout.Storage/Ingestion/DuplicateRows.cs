namespace Clout.Storage.Ingestion;

/// <summary>Rows of one file that say the same thing twice: the later one is an error that names the first one's line.</summary>
internal static class DuplicateRows
{
    public static void Reject<T, TKey>(IReadOnlyList<Numbered<T>> rows, Func<T, TKey> key, Func<T, string> describe, string field,
        List<ImportError> errors)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, long>();
        foreach (var (line, row) in rows)
        {
            if (!first.TryAdd(key(row), line))
            {
                errors.Add(new ImportError(line, field, $"{describe(row)} appears twice (first on line {first[key(row)]})"));
            }
        }
    }
}
