namespace Clout.Storage.Ingestion.Presets;

/// <summary>A preset's records read as any file's: fields by Clout's column names, errors with the export's lines.</summary>
internal sealed class PresetRecords : ISourceRecords
{
    private readonly CsvRecords _source;
    private readonly IEnumerator<PresetRecord> _records;
    private readonly PresetContext _context;

    public PresetRecords(IImportPreset preset, CsvRecords source, PresetContext context)
    {
        _source = source;
        _context = context;
        _records = preset.Convert(new CheckedRows(source, context), context).GetEnumerator();
    }

    public long Line => _records.Current.Line;

    public List<ImportError> StructureErrors { get; } = [];

    public List<ImportError> RecordErrors => _context.Errors;

    public bool Read() => _records.MoveNext();

    public string? Get(string field) =>
        _records.Current.Fields.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public void Dispose()
    {
        _records.Dispose();
        _source.Dispose();
    }

    /// <summary>The file's rows, each with as many fields as the header or reported and left out.</summary>
    private sealed class CheckedRows(CsvRecords source, PresetContext context) : IRawRecords
    {
        public IReadOnlyList<string> Header => source.Header;

        public long HeaderLine => source.HeaderLine;

        public long Line => source.Line;

        public int FieldCount => source.FieldCount;

        public int ColumnCount => source.ColumnCount;

        public bool Read()
        {
            while (source.Read())
            {
                if (source.FieldCount == source.ColumnCount)
                {
                    return true;
                }
                context.Fail(source.Line, null, $"has {source.FieldCount} fields; the header has {source.ColumnCount}");
            }
            return false;
        }

        public string? Get(string column) => source.Get(column);
    }
}
