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
}
