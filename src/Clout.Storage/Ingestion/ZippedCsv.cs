using System.IO.Compression;

namespace Clout.Storage.Ingestion;

/// <summary>
/// A CSV that arrives zipped, as platforms hand out their exports (YouTube Studio's zip holds "Table data.csv" beside
/// "Chart data.csv" and "Totals.csv"): the table is read, so the user need not unzip it first.
/// </summary>
internal static class ZippedCsv
{
    /// <summary>The entry read when the zip has it; otherwise the zip's only CSV file.</summary>
    private const string TableEntry = "Table data.csv";

    /// <summary>
    /// The most CSV a zip may unpack to: as much as the API takes unzipped. The table is unpacked whole before it is
    /// read, so a damaged entry is refused as a bad file rather than failing halfway, and a zip bomb stops here.
    /// </summary>
    public const long MaxUnzippedBytes = 256L * 1024 * 1024;

    private static readonly byte[] LocalFileHeader = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>True when the stream starts like a zip; only a seekable stream is looked at (the CLI's file, the API's spooled body).</summary>
    public static bool IsZip(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }
        var start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = start;
        return read == head.Length && head.SequenceEqual(LocalFileHeader);
    }

    /// <summary>The CSV inside the zip, or the reason none can be chosen.</summary>
    public static Stream? Open(Stream stream, out string? problem)
    {
        problem = null;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var csvs = archive.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToList();
            var entry = csvs.FirstOrDefault(e => string.Equals(e.Name, TableEntry, StringComparison.OrdinalIgnoreCase))
                ?? (csvs.Count == 1 ? csvs[0] : null);
            if (entry is null)
            {
                problem = csvs.Count == 0
                    ? "the zip holds no CSV file"
                    : $"the zip holds several CSV files ({string.Join(", ", csvs.Select(e => e.FullName))}); unzip it and import the one you mean";
                return null;
            }
            using var inflated = entry.Open();
            var table = new MemoryStream();
            var buffer = new byte[1 << 16];
            int read;
            while ((read = inflated.Read(buffer)) > 0)
            {
                if (table.Length + read > MaxUnzippedBytes)
                {
                    problem = $"'{entry.FullName}' unpacks to more than {MaxUnzippedBytes / (1024 * 1024)} MB; unzip it and import the CSV itself";
                    return null;
                }
                table.Write(buffer, 0, read);
            }
            table.Position = 0;
            return table;
        }
        catch (InvalidDataException e)
        {
            problem = $"the file looks like a zip but cannot be read: {e.Message}";
            return null;
        }
    }
}
