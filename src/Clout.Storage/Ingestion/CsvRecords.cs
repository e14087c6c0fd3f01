using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Clout.Storage.Ingestion;

/// <summary>RFC 4180 CSV with a snake_case header row, read with CsvHelper's parser.</summary>
internal sealed class CsvRecords : ISourceRecords
{
    private readonly CsvParser _parser;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private long _previousRawRow;

    public CsvRecords(TextReader reader, ImportSchema schema)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        };
        _parser = new CsvParser(reader, config);
        if (!_parser.Read())
        {
            StructureErrors.Add(new ImportError(1, null, "the file is empty: expected a header row"));
            return;
        }
        var header = _parser.Record ?? [];
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (!_columns.TryAdd(name, i))
            {
                StructureErrors.Add(new ImportError(1, name, "column appears twice in the header"));
            }
        }
        StructureErrors.AddRange(schema.Check(_columns.Keys, 1));
        _previousRawRow = _parser.RawRow;
        ColumnCount = header.Length;
    }

    public int ColumnCount { get; }

    public long Line { get; private set; }

    public List<ImportError> StructureErrors { get; } = [];

    /// <summary>How many fields the current record has; a mismatch with the header is a row error.</summary>
    public int FieldCount => _parser.Count;

    public bool Read()
    {
        while (_parser.Read())
        {
            Line = _previousRawRow + 1;
            _previousRawRow = _parser.RawRow;
            // Blank lines are skipped, as spreadsheets tend to leave one at the end.
            if (_parser.Count == 1 && string.IsNullOrWhiteSpace(_parser[0]))
            {
                continue;
            }
            return true;
        }
        return false;
    }

    public string? Get(string field)
    {
        if (!_columns.TryGetValue(field, out var index) || index >= _parser.Count)
        {
            return null;
        }
        var value = _parser[index];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public void Dispose() => _parser.Dispose();
}
