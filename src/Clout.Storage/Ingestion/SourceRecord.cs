using System.Text;

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

    /// <summary>The records of a file: CSV is read as it streams, JSON (an array or JSON Lines) is read whole first.</summary>
    static async Task<ISourceRecords> OpenAsync(Stream stream, ImportFormat format, ImportSchema schema, CancellationToken cancellationToken)
    {
        if (format == ImportFormat.Csv)
        {
            return new CsvRecords(new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), schema);
        }
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        // JSON readers refuse a byte-order mark; spreadsheet tools like to write one.
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }
        return new JsonRecords(bytes, schema);
    }
}
