namespace Clout.Storage.Ingestion;

/// <summary>
/// What <see cref="ImportPreview"/> found: the file's header and first rows; Clout's columns of the kind with a
/// suggestion for each of the file's columns (same order as the header); whether the file is already in Clout's columns
/// or a preset recognised it; or the problem that stops the file from being read at all.
/// </summary>
public sealed record ImportPreviewResult(ImportKind Kind, IReadOnlyList<string> Header, IReadOnlyList<ImportPreviewRow> Rows,
    IReadOnlyList<ImportColumn> Columns, IReadOnlyList<string> Suggested)
{
    public long HeaderLine { get; init; } = 1;

    public bool OwnColumns { get; init; }

    public ImportPresetInfo? Preset { get; init; }

    public ImportError? Problem { get; init; }
}
