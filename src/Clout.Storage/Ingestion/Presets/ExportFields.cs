using System.Globalization;
using System.Text.RegularExpressions;

namespace Clout.Storage.Ingestion.Presets;

/// <summary>
/// Reading the platforms' exports field by field, errors named by the export's own column: counts as they write them
/// ("1,234", "undefined" for a figure they do not have yet) and headers whose names vary in case.
/// </summary>
internal static partial class ExportFields
{
    /// <summary>True when the header has this column (case-insensitive, as <see cref="IRawRecords.Get"/> reads it).</summary>
    public static bool Has(this IReadOnlyList<string> header, string column) =>
        header.Any(h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A count as Clout's digits, or null when the export has none ("", "undefined", "--"). A count that is no whole
    /// number ("1.234", "12k") is an error: a comma between groups of three is the only separator read, since a dot
    /// may be a decimal point or a thousands separator depending on the account's language.
    /// </summary>
    public static string? Count(IRawRecords source, string column, PresetContext context)
    {
        var value = source.Get(column);
        if (value is null || value.Equals("undefined", StringComparison.OrdinalIgnoreCase) || value is "--" or "-")
        {
            return null;
        }
        if (!CountPattern().IsMatch(value)
            || !long.TryParse(value.Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            context.Fail(source.Line, column, $"'{FieldReader.Clip(value)}' is not a whole number (write 1234 or 1,234)");
            return null;
        }
        return count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A count Clout requires: its absence is an error naming the column.</summary>
    public static string? RequiredCount(IRawRecords source, string column, PresetContext context)
    {
        var errors = context.Errors.Count;
        var count = Count(source, column, context);
        if (count is null && context.Errors.Count == errors)
        {
            context.Fail(source.Line, column, "is empty; Clout needs this count for every post");
        }
        return count;
    }

    /// <summary>A handle without the @ that exports and users may put before it.</summary>
    public static string? Handle(string? value) => value?.Trim().TrimStart('@') is { Length: > 0 } handle ? handle : null;

    [GeneratedRegex(@"^\d{1,3}(,\d{3})*$|^\d+$")]
    private static partial Regex CountPattern();
}
