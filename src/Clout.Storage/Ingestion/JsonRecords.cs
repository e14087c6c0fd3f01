using System.Text.Json;
using Clout.Core.Text;

namespace Clout.Storage.Ingestion;

/// <summary>
/// A JSON array of objects or JSON Lines. Field names are the CSV column names; values may be strings,
/// numbers, booleans or null. Errors carry the line on which the record starts.
/// </summary>
internal sealed class JsonRecords : ISourceRecords
{
    private readonly List<(long Line, JsonElement Element)> _records = [];
    private readonly JsonDocument[] _documents;
    private readonly ImportSchema _schema;
    private readonly ColumnMap? _map;
    private int _index = -1;

    public JsonRecords(byte[] utf8, ImportSchema schema, ColumnMap? map = null)
    {
        _schema = schema;
        _map = map;
        var documents = new List<JsonDocument>();
        var start = SkipWhitespace(utf8, 0);
        if (start >= utf8.Length)
        {
            StructureErrors.Add(new ImportError(1, null, "the file is empty"));
        }
        else if (utf8[start] == (byte)'[')
        {
            ReadArray(utf8, documents);
        }
        else
        {
            ReadLines(utf8, documents);
        }
        _documents = [.. documents];
    }

    public long Line { get; private set; }

    public List<ImportError> StructureErrors { get; } = [];

    public bool Read()
    {
        while (++_index < _records.Count)
        {
            var (line, element) = _records[_index];
            Line = line;
            if (element.ValueKind != JsonValueKind.Object)
            {
                RecordErrors.Add(new ImportError(line, null, "expected a JSON object"));
                continue;
            }
            if (JsonText.FindInvalid(element) is { } text)
            {
                // Its fields cannot all be read: the record is left out, and its error refuses the file.
                RecordErrors.Add(new ImportError(line, text.Field, text.Message));
                continue;
            }
            var errors = _schema.Check(element.EnumerateObject().Select(p => _map?.Target(p.Name) ?? p.Name).Where(n => n != ColumnMap.Ignore), line)
                .Where(e => e.Message.StartsWith("unknown", StringComparison.Ordinal));
            RecordErrors.AddRange(errors);
            return true;
        }
        return false;
    }

    /// <summary>Errors found while reading records (not objects, unknown properties).</summary>
    public List<ImportError> RecordErrors { get; } = [];

    public string? Get(string field)
    {
        var element = _records[_index].Element;
        if (Property(element, field) is not { } value)
        {
            return null;
        }
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => value.GetRawText(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>The property holding Clout's field: itself, or under a column map the one mapped to it.</summary>
    private JsonElement? Property(JsonElement element, string field)
    {
        if (_map is null)
        {
            return element.TryGetProperty(field, out var value) ? value : null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (_map.Target(property.Name) == field)
            {
                return property.Value;
            }
        }
        return null;
    }

    public void Dispose()
    {
        foreach (var document in _documents)
        {
            document.Dispose();
        }
    }

    private void ReadArray(byte[] utf8, List<JsonDocument> documents)
    {
        // First pass: where each element starts, to report lines; second: the document itself.
        var starts = new List<long>();
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            while (reader.Read())
            {
                if (reader.CurrentDepth == 1 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                    or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
                {
                    starts.Add(reader.TokenStartIndex);
                }
            }
            var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            documents.Add(document);
            var lines = LineNumbers(utf8, starts);
            var i = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                _records.Add((lines[i++], element));
            }
        }
        catch (JsonException e)
        {
            StructureErrors.Add(new ImportError((e.LineNumber ?? 0) + 1, null, $"invalid JSON: {FirstSentence(e.Message)}"));
        }
    }

    private void ReadLines(byte[] utf8, List<JsonDocument> documents)
    {
        var line = 0L;
        var position = 0;
        while (position < utf8.Length)
        {
            var end = Array.IndexOf(utf8, (byte)'\n', position);
            if (end < 0)
            {
                end = utf8.Length;
            }
            line++;
            var start = position;
            position = end + 1;
            if (SkipWhitespace(utf8, start) >= end)
            {
                continue;
            }
            try
            {
                var document = JsonDocument.Parse(new ReadOnlyMemory<byte>(utf8, start, end - start));
                documents.Add(document);
                _records.Add((line, document.RootElement));
            }
            catch (JsonException e)
            {
                StructureErrors.Add(new ImportError(line, null, $"invalid JSON: {FirstSentence(e.Message)}"));
            }
        }
    }

    private static long[] LineNumbers(byte[] utf8, List<long> offsets)
    {
        var lines = new long[offsets.Count];
        long line = 1;
        var position = 0L;
        for (var i = 0; i < offsets.Count; i++)
        {
            for (; position < offsets[i]; position++)
            {
                if (utf8[position] == (byte)'\n')
                {
                    line++;
                }
            }
            lines[i] = line;
        }
        return lines;
    }

    private static int SkipWhitespace(byte[] utf8, int from)
    {
        var i = from;
        while (i < utf8.Length && utf8[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }
        return i;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
