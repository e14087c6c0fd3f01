using Clout.Core.Reports;
using Clout.Core.Roster;

namespace Clout.Reports;

/// <summary>
/// The micro-vs-celebrity sentences worth a slide, shared by the overview page and the shareable report: engagement
/// first, then what a buyer of influencer marketing asks for — per visitor, per order, per unit spent.
/// </summary>
public static class TierReportHeadlines
{
    public static IReadOnlyList<MetricDefinition> Metrics { get; } =
        [Core.Reports.Metrics.EngagementRate, Core.Reports.Metrics.ConversionRate, Core.Reports.Metrics.Cpa, Core.Reports.Metrics.Roas];

    /// <summary>The micro-vs-celebrity contrasts of the headline metrics the report holds, in headline order.</summary>
    public static IReadOnlyList<TierContrast> Of(TierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. Metrics.SelectMany(m => report.Contrasts.Where(c => c.Metric == m.Name && IsMicroVersusCelebrity(c)))];
    }

    /// <summary>The headline metrics some tier has a value for: the ones worth a chart.</summary>
    public static IReadOnlyList<MetricDefinition> Charted(TierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. Metrics.Where(m => report.Tiers.Any(t => t.Metrics.ContainsKey(m.Name)))];
    }

    public static bool IsMicroVersusCelebrity(TierContrast contrast)
    {
        ArgumentNullException.ThrowIfNull(contrast);
        return contrast.A == Tier.Micro && contrast.B == Tier.Celebrity;
    }
}
