using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

using Clout.Storage.Ingestion.Presets;

namespace Clout.Storage.Ingestion;

/// <summary>
/// RFC 4180 CSV with a header row, read with CsvHelper's parser. Opened raw, a field is read by the file's own
/// column name (what a preset does); after <see cref="UseSchema"/>, by Clout's column name, the header translated by a
/// <see cref="ColumnMap"/> or else lower-cased.
/// </summary>
internal sealed class CsvRecords : ISourceRecords, IRawRecords
{
    private readonly CsvParser _parser;
    private readonly int _linesBeforeHeader;
    private Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private long _previousRawRow;

    public CsvRecords(CsvText text)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
            Delimiter = text.Delimiter,
        };
        _linesBeforeHeader = text.LinesBeforeHeader;
        _parser = new CsvParser(text.Reader, config);
        if (!_parser.Read())
        {
            StructureErrors.Add(new ImportError(1 + _linesBeforeHeader, null, "the file is empty: expected a header row"));
            Header = [];
            return;
        }
        Header = [.. (_parser.Record ?? []).Select(h => h.Trim())];
        for (var i = 0; i < Header.Count; i++)
        {
            _columns.TryAdd(Header[i], i);
        }
        _previousRawRow = _parser.RawRow;
        ColumnCount = Header.Count;
    }

    /// <summary>The header's names as the file writes them, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    public int ColumnCount { get; }

    public long Line { get; private set; }

    /// <summary>The header's line: after a <c>sep=</c> line it is the second.</summary>
    public long HeaderLine => 1 + _linesBeforeHeader;

    public List<ImportError> StructureErrors { get; } = [];

    public List<ImportError> RecordErrors { get; } = [];

    /// <summary>The current record's fields as the file writes them, by position (the import page's preview).</summary>
    public IReadOnlyList<string> Fields => _parser.Record ?? [];

    /// <summary>How many fields the current record has; a mismatch with the header is a row error.</summary>
    public int FieldCount => _parser.Count;

    /// <summary>Reads fields by Clout's column names from now on, and checks the header against the kind's columns.</summary>
    public void UseSchema(ImportSchema schema, ColumnMap? map)
    {
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            var name = map?.Target(Header[i]) ?? Header[i].ToLowerInvariant();
            if (name == ColumnMap.Ignore)
            {
                continue;
            }
            if (!_columns.TryAdd(name, i))
            {
                StructureErrors.Add(new ImportError(HeaderLine, name, "column appears twice in the header"));
            }
            written.TryAdd(name, Header[i]);
        }
        StructureErrors.AddRange(schema.Check(_columns.Keys, HeaderLine, name => written[name]));
    }

    public bool Read()
    {
        while (_parser.Read())
        {
            Line = _previousRawRow + 1 + _linesBeforeHeader;
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
