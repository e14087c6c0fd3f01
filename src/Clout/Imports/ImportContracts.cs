using Clout.Storage.Ingestion;

namespace Clout.Imports;

public sealed record ImportResponse(string Kind, int Rows, int Inserted, int Updated)
{
    public static ImportResponse Of(ImportResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(ImportKinds.Name(result.Kind), result.Rows, result.Inserted, result.Updated);
    }
}

public sealed record ImportErrorResponse(long Line, string? Field, string Message);

/// <summary>
/// The start of a file as the import reads it, and what the import page needs to map it: Clout's columns of the kind,
/// a suggested one for each of the file's columns (in the header's order; "-" leaves it out), whether the file is in
/// Clout's own columns or a preset's export, and the workspace's saved mappings of the kind (<c>fits</c>: made for
/// exactly this header).
/// </summary>
public sealed record ImportPreviewResponse(
    string Kind, IReadOnlyList<string> Header, long HeaderLine, IReadOnlyList<ImportPreviewRowResponse> Rows,
    IReadOnlyList<ImportColumnResponse> Columns, IReadOnlyList<string> Suggested, bool OwnColumns, ImportPresetResponse? Preset,
    IReadOnlyList<SavedMappingResponse> Mappings)
{
    public static ImportPreviewResponse Of(ImportPreviewResult preview, IReadOnlyList<SavedColumnMap> saved)
    {
        ArgumentNullException.ThrowIfNull(preview);
        ArgumentNullException.ThrowIfNull(saved);
        return new(ImportKinds.Name(preview.Kind), preview.Header, preview.HeaderLine,
            [.. preview.Rows.Select(r => new ImportPreviewRowResponse(r.Line, r.Fields))],
            [.. preview.Columns.Select(c => new ImportColumnResponse(c.Name, c.Required))],
            preview.Suggested, preview.OwnColumns,
            preview.Preset is { } p ? new ImportPresetResponse(p.Name, p.Description) : null,
            [.. saved.Where(m => m.Map is not null).Select(m => SavedMappingResponse.Of(m, m.Fits(preview.Header)))]);
    }
}

public sealed record ImportPreviewRowResponse(long Line, IReadOnlyList<string> Fields);

public sealed record ImportColumnResponse(string Name, bool Required);

public sealed record ImportPresetResponse(string Name, string Description);

/// <summary>A saved mapping: its name, its text as <c>--map</c> takes it, the same as pairs (their column → Clout's), and whether it fits the file previewed.</summary>
public sealed record SavedMappingResponse(string Name, string Map, IReadOnlyDictionary<string, string> Targets, bool Fits)
{
    public static SavedMappingResponse Of(SavedColumnMap saved, bool fits)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new(saved.Name, saved.Text, saved.Map?.Targets ?? new Dictionary<string, string>(), fits);
    }
}
