using Clout.Storage.Ingestion.Presets;

namespace Clout.Storage.Ingestion;

/// <summary>
/// The start of a CSV file read exactly as the import reads it (encoding, <c>sep=</c> line, delimiter): its header,
/// its first rows, whether it is in Clout's own columns or a preset's export, and a suggested column for each of its
/// columns. Reads no further than the rows it shows, so a preview of a large file costs its first lines.
/// </summary>
public static class ImportPreview
{
    /// <summary>Rows shown: enough to recognise the columns, few enough for a phone's screen.</summary>
    public const int Rows = 5;

    public static ImportPreviewResult Read(ImportKind kind, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = new CsvRecords(CsvText.Open(stream));
        var columns = ImportColumns.Of(kind);
        if (csv.StructureErrors.Count > 0)
        {
            return new ImportPreviewResult(kind, [], [], columns, []) { Problem = csv.StructureErrors[0] };
        }
        var rows = new List<ImportPreviewRow>(Rows);
        while (rows.Count < Rows && csv.Read())
        {
            rows.Add(new ImportPreviewRow(csv.Line, [.. csv.Fields]));
        }
        var schema = ImportColumns.Schema(kind);
        // The same choice the import makes (ISourceRecords.OpenCsv) when it is given neither a map nor a preset.
        var own = schema.Check(csv.Header.Select(h => h.ToLowerInvariant()), csv.HeaderLine).Count == 0;
        var preset = own ? null : ImportPresets.Detect(kind, csv.Header);
        return new ImportPreviewResult(kind, csv.Header, rows, columns, ColumnSuggestions.Suggest(kind, csv.Header))
        {
            HeaderLine = csv.HeaderLine,
            OwnColumns = own,
            Preset = preset is null ? null : new ImportPresetInfo(preset.Name, preset.Description),
        };
    }
}
