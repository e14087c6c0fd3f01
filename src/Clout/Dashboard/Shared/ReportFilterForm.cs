using System.Globalization;
using Clout.Storage.Reads;
using Microsoft.AspNetCore.WebUtilities;

namespace Clout.Dashboard.Shared;

/// <summary>
/// The period and campaign a report page covers, read from its URL (<c>?period=30d</c> or <c>?from=2026-01-01&amp;to=…</c>,
/// and <c>campaign=…</c>), and what the shared filter form (<c>_ReportFilter.cshtml</c>) needs to draw itself: the
/// campaigns to choose from and the page to submit to. Dates are whole UTC days, the period half-open [from, to).
/// </summary>
public sealed class ReportFilterForm
{
    /// <summary>The presets a marketer reaches for, by the value the URL carries; custom dates go in from/to.</summary>
    public static IReadOnlyList<(string Value, string Label)> Presets { get; } =
        [("all", "All time"), ("7d", "Last 7 days"), ("30d", "Last 30 days"), ("90d", "Last 90 days"), ("quarter", "This quarter"), ("custom", "Custom dates")];

    private ReportFilterForm(string path, IReadOnlyList<string> campaigns) => (Path, Campaigns) = (path, campaigns);

    /// <summary>The page the form submits to, e.g. "/".</summary>
    public string Path { get; }

    /// <summary>The workspace's campaign names, for the campaign list.</summary>
    public IReadOnlyList<string> Campaigns { get; }

    /// <summary>The chosen preset, "custom" for dates typed in, "all" for neither.</summary>
    public string Preset { get; private set; } = "all";

    /// <summary>The first day of the period, and the day after its last (both UTC midnight); null when open.</summary>
    public DateTime? FromUtc { get; private set; }

    public DateTime? ToUtc { get; private set; }

    public string? Campaign { get; private set; }

    /// <summary>Why the URL's filter was not applied, in words; the page then shows the whole history.</summary>
    public string? Error { get; private set; }

    /// <summary>The filter the report queries apply: the URL's, or the whole history when the URL's is wrong.</summary>
    public ReportFilter Filter { get; private set; } = new();

    /// <summary>True when the filter narrows the report (a period or a campaign).</summary>
    public bool IsNarrowed => FromUtc is not null || ToUtc is not null || Campaign is not null;

    /// <summary>
    /// "?from=2026-01-01&amp;to=2026-02-01&amp;campaign=Spring" for links that must cover the same data (the report
    /// downloads), with a preset resolved to its dates so that the file states them; empty for the whole history.
    /// </summary>
    public string QueryString
    {
        get
        {
            var query = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (FromUtc is { } from)
            {
                query["from"] = Day(from);
            }
            if (ToUtc is { } to)
            {
                query["to"] = Day(to);
            }
            if (Campaign is { } campaign)
            {
                query["campaign"] = campaign;
            }
            return query.Count == 0 ? "" : QueryHelpers.AddQueryString("", query);
        }
    }

    /// <summary>The filter of a page's URL. <paramref name="today"/> is the current UTC day, which the presets count back from.</summary>
    public static ReportFilterForm Read(IQueryCollection query, DateOnly today, string path, IReadOnlyList<string> campaigns)
    {
        ArgumentNullException.ThrowIfNull(query);
        var form = new ReportFilterForm(path, campaigns);
        var preset = query["period"].FirstOrDefault()?.Trim();
        var campaign = query["campaign"].FirstOrDefault()?.Trim();
        var fromText = query["from"].FirstOrDefault()?.Trim();
        var toText = query["to"].FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(campaign))
        {
            campaign = null;
        }
        else if (!campaigns.Contains(campaign, StringComparer.Ordinal))
        {
            return form.Refuse($"There is no campaign named '{campaign}'");
        }

        if (!TryDay(fromText, out var from))
        {
            return form.Refuse($"'from' is not a date: '{fromText}' (use YYYY-MM-DD)");
        }
        if (!TryDay(toText, out var to))
        {
            return form.Refuse($"'to' is not a date: '{toText}' (use YYYY-MM-DD)");
        }
        if (string.IsNullOrEmpty(preset) || preset == "custom")
        {
            preset = from is null && to is null ? "all" : "custom";
        }
        else if (!TryPreset(preset, today, out var presetFrom, out var presetTo))
        {
            return form.Refuse($"Unknown period '{preset}': choose one of the list");
        }
        else if ((from is null && to is null) || (from == presetFrom && to == presetTo))
        {
            (from, to) = (presetFrom, presetTo);
        }
        else
        {
            // Dates typed over a preset's (the form shows the preset's dates): the typed dates are what was meant.
            preset = "custom";
        }

        var (filter, error) = ReportFilter.Create(campaign, from, to);
        if (filter is null)
        {
            return form.Refuse(char.ToUpperInvariant(error![0]) + error[1..]);
        }
        form.Preset = preset;
        (form.FromUtc, form.ToUtc, form.Campaign, form.Filter) = (from, to, campaign, filter);
        return form;
    }

    /// <summary>Last N days end with today, whole: [today − N + 1, today + 1). A quarter runs from its first day to the next one's.</summary>
    private static bool TryPreset(string preset, DateOnly today, out DateTime? from, out DateTime? to)
    {
        (from, to) = (null, null);
        int? days = preset switch { "7d" => 7, "30d" => 30, "90d" => 90, _ => null };
        if (days is { } n)
        {
            (from, to) = (Midnight(today.AddDays(1 - n)), Midnight(today.AddDays(1)));
            return true;
        }
        if (preset == "quarter")
        {
            (from, to) = QuarterOf(today);
            return true;
        }
        return preset == "all";
    }

    private static (DateTime?, DateTime?) QuarterOf(DateOnly today)
    {
        var first = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1);
        return (Midnight(first), Midnight(first.AddMonths(3)));
    }

    /// <summary>A day as the date inputs send it; a blank field is no bound.</summary>
    private static bool TryDay(string? text, out DateTime? day)
    {
        day = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = Midnight(parsed);
            return true;
        }
        return false;
    }

    private ReportFilterForm Refuse(string error)
    {
        Error = $"{error}. Showing all time instead.";
        return this;
    }

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
