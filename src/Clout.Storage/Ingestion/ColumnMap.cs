using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Clout.Storage.Ingestion;

/// <summary>
/// A file's column names translated to Clout's: <c>Publish time=published_at,Likes=likes</c>. Names are matched
/// without regard to case or surrounding spaces; a name holding a comma or an equals sign is quoted as in CSV
/// (<c>"Views, total"=views</c>). Columns the map does not name keep their own name; a column mapped to
/// <c>-</c> is left out (<c>Watch time=-</c>), for exports with more columns than Clout reads.
/// </summary>
public sealed class ColumnMap
{
    /// <summary>The target that leaves a column out.</summary>
    public const string Ignore = "-";

    private readonly Dictionary<string, string> _targets;

    private ColumnMap(Dictionary<string, string> targets) => _targets = targets;

    /// <summary>Their column → Clout's, in the order written.</summary>
    public IReadOnlyDictionary<string, string> Targets => _targets;

    /// <summary>Clout's name for a column of the file: the mapped one, else its own, trimmed and lower-cased.</summary>
    public string Target(string column) =>
        _targets.TryGetValue(column.Trim(), out var target) ? target : column.Trim().ToLowerInvariant();

    /// <summary>The map written as <see cref="Parse"/> reads it.</summary>
    public override string ToString() =>
        string.Join(",", _targets.Select(t => $"{Quote(t.Key)}={t.Value}"));

    public static ColumnMap FromPairs(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var targets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (column, target) in pairs)
        {
            targets[column.Trim()] = target.Trim().ToLowerInvariant();
        }
        return new ColumnMap(targets);
    }

    /// <summary>The map, or the reason it cannot be read (naming the pair at fault).</summary>
    public static ColumnMap? Parse(string text, out string? error)
    {
        error = null;
        var targets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var usedTargets = new HashSet<string>(StringComparer.Ordinal);
        // The pairs are one CSV record: quoting a name with a comma in it works as people expect from CSV.
        using var parser = new CsvParser(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        var pairs = parser.Read() ? parser.Record ?? [] : [];
        foreach (var pair in pairs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            var cut = pair.LastIndexOf('=');
            var column = cut > 0 ? pair[..cut].Trim() : "";
            var target = cut > 0 ? pair[(cut + 1)..].Trim().ToLowerInvariant() : "";
            if (column.Length == 0 || target.Length == 0)
            {
                error = $"'{pair.Trim()}' is not their_column=clout_column";
                return null;
            }
            if (!targets.TryAdd(column, target))
            {
                error = $"'{column}' is mapped twice";
                return null;
            }
            if (target != Ignore && !usedTargets.Add(target))
            {
                error = $"two columns are mapped to '{target}'";
                return null;
            }
        }
        if (targets.Count == 0)
        {
            error = "the map is empty; write their_column=clout_column, separated by commas";
            return null;
        }
        return new ColumnMap(targets);
    }

    private static string Quote(string name) =>
        name.IndexOfAny([',', '=', '"']) >= 0 ? $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : name;
}
