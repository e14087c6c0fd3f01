using System.Globalization;

namespace Clout.Core.Text;

/// <summary>
/// A day as platform exports write it in English: "June 3", "Jun 3", "3 June", "Sept 3", optionally with a year
/// ("Jun 3, 2026", "3 June 2026"), or ISO ("2026-06-03"). TikTok Studio leaves the year out; <see cref="InYear"/>
/// completes such a day from the year the export was made.
/// </summary>
public readonly record struct ExportDate(int Month, int Day, int? Year)
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    public bool HasYear => Year is not null;

    public static bool TryParse(string? text, out ExportDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var value = text.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            date = new ExportDate(iso.Month, iso.Day, iso.Year);
            return true;
        }
        var parts = value.Replace(",", " ", StringComparison.Ordinal).Replace(".", " ", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < 2 or > 3)
        {
            return false;
        }
        // "June 3" or "3 June": the month is whichever of the first two is a month name.
        var (monthText, dayText) = Months.ContainsKey(parts[0]) ? (parts[0], parts[1]) : (parts[1], parts[0]);
        if (!Months.TryGetValue(monthText, out var month)
            || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day is < 1 or > 31)
        {
            return false;
        }
        int? year = null;
        if (parts.Length == 3)
        {
            if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1900 or > 9999)
            {
                return false;
            }
            year = y;
        }
        // 29 February is a day of some years only: it is checked when the year is known.
        if (day > DateTime.DaysInMonth(year ?? 2000, month))
        {
            return false;
        }
        date = new ExportDate(month, day, year);
        return true;
    }

    /// <summary>
    /// The day as a date. Without a year of its own it belongs to <paramref name="exportYear"/>, the year of the
    /// export's last day <paramref name="lastDay"/>, unless it falls later in the calendar than that day: nothing in
    /// an export is newer than the export, so such a day is from the year before (December's rows in a file
    /// downloaded in January). Null when the day does not exist in that year (29 February).
    /// </summary>
    public DateOnly? InYear(int exportYear, ExportDate lastDay)
    {
        var year = Year ?? (Month > lastDay.Month || (Month == lastDay.Month && Day > lastDay.Day) ? exportYear - 1 : exportYear);
        return year is >= 1 and <= 9999 && Day <= DateTime.DaysInMonth(year, Month) ? new DateOnly(year, Month, Day) : null;
    }

    /// <summary>The last day of the year: as a <see cref="InYear"/> bound, it keeps every day in the export's year.</summary>
    public static ExportDate EndOfYear { get; } = new(12, 31, null);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var names = CultureInfo.InvariantCulture.DateTimeFormat;
        for (var m = 1; m <= 12; m++)
        {
            months[names.GetMonthName(m)] = m;
            months[names.GetAbbreviatedMonthName(m)] = m;
        }
        months["Sept"] = 9;
        return months;
    }
}
