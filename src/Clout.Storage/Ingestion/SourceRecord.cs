using Clout.Storage.Ingestion.Presets;

namespace Clout.Storage.Ingestion;

/// <summary>One record of a file, whatever its format: where it starts and how to read a field by name.</summary>
internal interface ISourceRecords : IDisposable
{
    /// <summary>Line (CSV, JSON Lines) or record number (JSON array) of the current record.</summary>
    long Line { get; }

    /// <summary>Moves to the next record; false at the end of the file.</summary>
    bool Read();

    /// <summary>The field's text, or null when it is absent or empty.</summary>
    string? Get(string field);

    /// <summary>Errors in the file's structure (a header without a required column, broken JSON).</summary>
    List<ImportError> StructureErrors { get; }

    /// <summary>Errors found while reading records (a JSON record that is no object, a preset's row it cannot read).</summary>
    List<ImportError> RecordErrors { get; }

    /// <summary>
    /// The records of a file in Clout's columns: CSV is read as it streams, JSON (an array or JSON Lines) is read whole
    /// first. A CSV whose header is not Clout's is read through the preset named, or the one that recognises its
    /// header, unless a column map translates it.
    /// </summary>
    static async Task<ISourceRecords> OpenAsync(Stream stream, ImportOptions options, ImportKind? kind, ImportSchema schema,
        CancellationToken cancellationToken)
    {
        if (options.Map is not null && options.Preset is not null)
        {
            return new Refused(new ImportError(1, null, "give a column map or a preset, not both"));
        }
        if (options.Format == ImportFormat.Csv)
        {
            if (!ZippedCsv.IsZip(stream))
            {
                return OpenCsv(stream, options, kind, schema);
            }
            return ZippedCsv.Open(stream, out var problem) is { } inner
                ? OpenCsv(inner, options, kind, schema)
                : new Refused(new ImportError(1, null, problem!));
        }
        if (options.Preset is not null)
        {
            return new Refused(new ImportError(1, null, "presets read the platforms' CSV exports; this file is JSON"));
        }
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        // JSON readers refuse a byte-order mark; spreadsheet tools like to write one.
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }
        return new JsonRecords(bytes, schema, options.Map);
    }

    private static ISourceRecords OpenCsv(Stream stream, ImportOptions options, ImportKind? kind, ImportSchema schema)
    {
        var csv = new CsvRecords(CsvText.Open(stream));
        if (csv.StructureErrors.Count > 0)
        {
            return csv;
        }
        IImportPreset? preset = null;
        if (kind is null)
        {
            // Files that are no import kind (a follower sample) have no presets.
        }
        else if (options.Preset is { } name)
        {
            preset = ImportPresets.Find(name);
            if (preset is null || preset.Kind != kind.Value)
            {
                var known = ImportPresets.Describe(kind.Value).Select(p => p.Name).ToList();
                csv.StructureErrors.Add(new ImportError(csv.HeaderLine, null, known.Count == 0
                    ? $"there is no preset '{name}': {Name(kind.Value)} have none"
                    : $"there is no preset '{name}' for {Name(kind.Value)}; use {string.Join(", ", known)}"));
                return csv;
            }
        }
        else if (options.Map is null && schema.Check(csv.Header.Select(h => h.ToLowerInvariant()), csv.HeaderLine).Count > 0)
        {
            preset = ImportPresets.Detect(kind.Value, csv.Header);
        }
        if (preset is not null)
        {
            return new PresetRecords(preset, csv, new PresetContext(options));
        }
        csv.UseSchema(schema, options.Map);
        return csv;
    }

    private static string Name(ImportKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>A file refused before any record is read.</summary>
    private sealed class Refused(ImportError error) : ISourceRecords
    {
        public long Line => 0;

        public List<ImportError> StructureErrors { get; } = [error];

        public List<ImportError> RecordErrors { get; } = [];

        public bool Read() => false;

        public string? Get(string field) => null;

        public void Dispose()
        {
        }
    }
}
