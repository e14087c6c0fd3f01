using Clout.Storage.Ingestion;

namespace Clout.Imports;

/// <summary>The names the CLI and the API use for import kinds.</summary>
public static class ImportKinds
{
    public static string All => string.Join(", ", Enum.GetValues<ImportKind>().Select(Name));

    public static string Name(ImportKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out ImportKind kind)
    {
        foreach (var candidate in Enum.GetValues<ImportKind>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>The format from an explicit name, else from the file name or content type; CSV by default.</summary>
    public static ImportFormat? Format(string? explicitFormat, string? fileNameOrContentType)
    {
        var hint = (explicitFormat ?? fileNameOrContentType ?? "").ToLowerInvariant();
        if (explicitFormat is not null && explicitFormat.ToLowerInvariant() is not ("csv" or "json" or "jsonl" or "ndjson"))
        {
            return null;
        }
        return hint.Contains("json", StringComparison.Ordinal) ? ImportFormat.Json : ImportFormat.Csv;
    }
}
