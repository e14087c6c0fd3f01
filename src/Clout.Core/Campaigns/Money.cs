using System.Globalization;

namespace Clout.Core.Campaigns;

/// <summary>
/// Amounts are kept in minor units (cents) as <see cref="long"/>: exact, and comparable in SQL on both SQLite
/// and PostgreSQL, which a decimal is not on SQLite.
/// </summary>
public static class Money
{
    public const int MinorPerMajor = 100;

    // Far beyond any long of minor units, and small enough that multiplying by 100 cannot overflow a decimal.
    private const decimal MaxMajor = 1e20m;

    // A decimal holds up to about 7.9e28; a cast of a larger double throws.
    private const double MaxConvertibleMinor = 1e28;

    /// <summary>Parses "1234.5" or "1234,50" (a lone comma is read as a decimal comma) into minor units.</summary>
    public static bool TryParseMinor(string? text, out long minor)
    {
        minor = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var normalized = text.Trim();
        if (normalized.Contains(',', StringComparison.Ordinal) && !normalized.Contains('.', StringComparison.Ordinal))
        {
            normalized = normalized.Replace(',', '.');
        }
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var major)
            && TryFromMajor(major, out minor);
    }

    /// <summary>Major units (12.5) to minor (1250); false for fractions of a cent or amounts beyond a long.</summary>
    public static bool TryFromMajor(decimal major, out long minor)
    {
        minor = 0;
        // Checked before scaling: decimal multiplication throws on overflow rather than saturating.
        if (Math.Abs(major) > MaxMajor)
        {
            return false;
        }
        var scaled = major * MinorPerMajor;
        if (scaled != decimal.Round(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
        {
            return false;
        }
        minor = (long)scaled;
        return true;
    }

    public static decimal ToMajor(long minor) => (decimal)minor / MinorPerMajor;

    /// <summary>
    /// A sum or a ratio in minor units (a double, possibly with fractions of a cent) in major units, rounded to the cent;
    /// null when it is not finite or beyond what a decimal holds, which no stored amount within the doors' limits reaches.
    /// </summary>
    public static decimal? ToMajor(double minor) =>
        double.IsFinite(minor) && Math.Abs(minor) < MaxConvertibleMinor
            ? Math.Round((decimal)minor / MinorPerMajor, 2, MidpointRounding.AwayFromZero)
            : null;

    public static string Format(long minor) => ToMajor(minor).ToString("0.00", CultureInfo.InvariantCulture);
}
