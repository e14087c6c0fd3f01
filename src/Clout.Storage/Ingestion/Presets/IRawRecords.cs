namespace Clout.Storage.Ingestion.Presets;

/// <summary>A file's records read by the file's own column names (case-insensitive): what a preset translates.</summary>
internal interface IRawRecords
{
    /// <summary>The header as the file writes it, trimmed.</summary>
    IReadOnlyList<string> Header { get; }

    /// <summary>The line of the header (the second after a <c>sep=</c> line).</summary>
    long HeaderLine { get; }

    /// <summary>The file's line on which the current record starts.</summary>
    long Line { get; }

    /// <summary>How many fields the current record has, and the header has.</summary>
    int FieldCount { get; }

    int ColumnCount { get; }

    bool Read();

    /// <summary>The field's text trimmed, or null when the column is absent or the field empty.</summary>
    string? Get(string column);
}
