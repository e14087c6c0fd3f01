using System.Text;

namespace Clout.Storage.Ingestion;

/// <summary>
/// The text of a CSV file as spreadsheets and platforms write it: UTF-8 or UTF-16 (told by the byte-order mark),
/// an optional first line <c>sep=;</c> naming the delimiter (Excel's), and otherwise a delimiter guessed from the
/// header line (a comma unless the header has none and has tabs or semicolons).
/// </summary>
internal sealed record CsvText(TextReader Reader, string Delimiter, int LinesBeforeHeader)
{
    /// <summary>Longest first line looked at for a <c>sep=</c> line or a delimiter.</summary>
    private const int MaxHeaderChars = 1 << 16;

    public static CsvText Open(Stream stream)
    {
        var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var first = new StringBuilder();
        int c;
        while (first.Length < MaxHeaderChars && (c = reader.Read()) >= 0)
        {
            first.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }
        var line = first.ToString();
        var trimmed = line.TrimEnd('\r', '\n');
        if (trimmed.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && trimmed.Length > 4)
        {
            return new CsvText(reader, trimmed[4..], 1);
        }
        var delimiter = trimmed.Contains(',', StringComparison.Ordinal) ? ","
            : trimmed.Contains('\t', StringComparison.Ordinal) ? "\t"
            : trimmed.Contains(';', StringComparison.Ordinal) ? ";"
            : ",";
        return new CsvText(new PrefixedReader(line, reader), delimiter, 0);
    }

    /// <summary>The line already read, then the rest of the reader: the parser sees the whole file.</summary>
    private sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
    {
        private int _position;

        public override int Peek() => _position < prefix.Length ? prefix[_position] : rest.Peek();

        public override int Read() => _position < prefix.Length ? prefix[_position++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_position >= prefix.Length)
            {
                return rest.Read(buffer);
            }
            var n = Math.Min(buffer.Length, prefix.Length - _position);
            prefix.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                rest.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
