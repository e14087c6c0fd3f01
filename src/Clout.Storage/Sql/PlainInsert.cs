using System.Text.RegularExpressions;

namespace Clout.Storage.Sql;

/// <summary>
/// The table and columns of an <c>INSERT INTO table (a, b, …) VALUES (@p0, @p1, …)</c> that takes each parameter
/// as it is, in order, and nothing else (no ON CONFLICT, no expression): the statements whose rows a bulk path
/// (PostgreSQL's COPY) may write instead, with the same effect.
/// </summary>
internal sealed partial record PlainInsert(string Table, IReadOnlyList<string> Columns)
{
    /// <summary>The statement's table and columns, or null when it does more than insert its parameters.</summary>
    public static PlainInsert? Parse(string sql)
    {
        var match = Shape().Match(sql);
        if (!match.Success)
        {
            return null;
        }
        var columns = Split(match.Groups["columns"].Value);
        var values = Split(match.Groups["values"].Value);
        if (columns.Length != values.Length || values.Where((v, i) => v != "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Any())
        {
            return null;
        }
        return new PlainInsert(match.Groups["table"].Value, columns);
    }

    /// <summary>The table an INSERT writes, whatever follows its values (an upsert clause); null for another statement.</summary>
    public static string? TableOf(string sql) => TableShape().Match(sql) is { Success: true } match ? match.Groups["table"].Value : null;

    private static string[] Split(string list) =>
        list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"^\s*INSERT\s+INTO\s+(?<table>[a-z_][a-z0-9_]*)\s*\((?<columns>[a-z0-9_,\s]+)\)\s*VALUES\s*\((?<values>[@p0-9,\s]+)\)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^\s*INSERT\s+INTO\s+(?<table>[a-z_][a-z0-9_]*)\s*\(", RegexOptions.CultureInvariant)]
    private static partial Regex TableShape();
}
