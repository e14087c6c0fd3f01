using System.Globalization;
using Clout.Core.Reports;
using Clout.Core.Statistics;

namespace Clout.Presentation;

/// <summary>
/// How Clout writes figures, on the dashboard, in the CLI, in the shareable report and in the planner's verdicts: rates as
/// percentages, intervals in brackets, "—" for no data.
/// </summary>
public static class Format
{
    public const string None = "—";

    public static string Percent(double? value) =>
        value is { } v ? (v * 100).ToString(v < 0.1 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " %" : None;

    public static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>"151,500.00": minor units shown in major units with thousands separators.</summary>
    public static string Amount(long minor) => Core.Campaigns.Money.ToMajor(minor).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>A sum in minor units as <see cref="Amount(long)"/> writes it; "—" for one no decimal can hold.</summary>
    public static string Amount(double minor) => Money(Core.Campaigns.Money.ToMajor(minor));

    /// <summary>Money in major units with two decimals: "1,234.50".</summary>
    public static string Money(double? value) => value is { } v ? v.ToString("#,0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>Major units already rounded to the cent (the API's contracts): "40,392.50".</summary>
    public static string Money(decimal? value) => value is { } v ? v.ToString("#,0.00", CultureInfo.InvariantCulture) : None;

    /// <summary>
    /// A tier median of a metric in its unit: rates as percentages, money with two decimals, counts whole (a median may
    /// end in .5), NPS in signed points as the survey pages write it.
    /// </summary>
    public static string Metric(MetricDefinition metric, double value)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Name == Metrics.Nps.Name)
        {
            return Points(value);
        }
        return metric.IsRate ? Percent(value) : metric.Unit switch
        {
            MetricUnit.Money => Money(value),
            MetricUnit.Count => value.ToString("#,0.#", CultureInfo.InvariantCulture),
            _ => Ratio(value),
        };
    }

    public static string Interval(Estimate? estimate, MetricDefinition metric) =>
        estimate is { Low: { } low, High: { } high } ? $"[{Metric(metric, low)} – {Metric(metric, high)}]" : "(too few to say)";

    /// <summary>Why a promo-code order looks leaked, in words.</summary>
    public static string Leakage(Core.Attribution.LeakageKind kind) => kind switch
    {
        Core.Attribution.LeakageKind.CouponSite => "from a coupon site",
        Core.Attribution.LeakageKind.VolumeSpike => "far above the code's usual volume",
        _ => kind.ToString(),
    };

    /// <summary>NPS points with their sign: "+23", "−5", "0".</summary>
    public static string Points(double? value) =>
        value is { } v ? (Math.Round(v) is var r && r == 0 ? 0 : r).ToString("+0;−0;0", CultureInfo.InvariantCulture) : None;

    public static string PointsInterval(Estimate? estimate) =>
        estimate is { Low: { } low, High: { } high } ? $"[{Points(low)} – {Points(high)}]" : "(too few to say)";

    /// <summary>
    /// How reliable a multi-item scale is, by the usual rule of thumb for Cronbach's alpha (George &amp; Mallery 2003):
    /// ≥ 0.9 excellent, ≥ 0.8 good, ≥ 0.7 acceptable, ≥ 0.6 questionable, below that poor.
    /// </summary>
    public static string AlphaVerdict(double? alpha) => alpha switch
    {
        null => "too few answers to say",
        >= 0.9 => "excellent",
        >= 0.8 => "good",
        >= 0.7 => "acceptable",
        >= 0.6 => "questionable",
        _ => "poor",
    };

    public static string Count(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A sum of counts (a double, so that it cannot overflow) as <see cref="Count(long)"/> writes it.</summary>
    public static string Count(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>"1.2M", "45k"; a double, as an interpolated count at post time is.</summary>
    public static string Followers(double value) => value switch
    {
        >= 1_000_000 => (value / 1_000_000d).ToString("0.0", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1_000d).ToString("0", CultureInfo.InvariantCulture) + "k",
        >= 1_000 => (value / 1_000d).ToString("0.0", CultureInfo.InvariantCulture) + "k",
        _ => Math.Truncate(value).ToString("0", CultureInfo.InvariantCulture),
    };

    public static string Interval(Estimate? estimate, bool percent) =>
        estimate is { Low: { } low, High: { } high }
            ? $"[{(percent ? Percent(low) : Ratio(low))} – {(percent ? Percent(high) : Ratio(high))}]"
            : "(too few to say)";

    /// <summary>"= 0.973"; a bootstrap share of 2,000 resamples cannot show certainty, so the extremes read "&gt; 0.999".</summary>
    public static string Probability(double p) => p switch
    {
        > 0.999 => "> 0.999",
        < 0.001 => "< 0.001",
        _ => "= " + p.ToString("0.000", CultureInfo.InvariantCulture),
    };

    /// <summary>"2026-03-01 – 2026-03-31" for [start, end): the last day shown is the one before the end.</summary>
    public static string Period(DateTime? startUtc, DateTime? endUtc) => (startUtc, endUtc) switch
    {
        (null, null) => None,
        ({ } s, null) => $"from {Date(s)}",
        (null, { } e) => $"until {Date(e.AddDays(-1))}",
        ({ } s, { } e) => $"{Date(s)} – {Date(e.AddDays(-1))}",
    };

    public static string Date(DateTime value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
