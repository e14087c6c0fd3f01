using Clout.Core.Reports;

namespace Clout.Reports;

/// <summary>A group of metrics the shareable report shows as one table, with a line on where the numbers come from.</summary>
public sealed record TierReportSection(string Id, string Title, string Note, IReadOnlyList<MetricDefinition> Metrics)
{
    /// <summary>Every group of metrics Clout measures, in the order of <see cref="Core.Reports.Metrics.All"/>; the report shows those that have data.</summary>
    public static IReadOnlyList<TierReportSection> All { get; } =
    [
        new("engagement", "Engagement", "Per influencer over its posts in the period; rates are per follower unless the label says otherwise.", Core.Reports.Metrics.Engagement),
        new("conversions", "Conversions and money", "Per influencer over its collaborations: tracked clicks, attributed orders, and cost = fee + product cost + commission.", Core.Reports.Metrics.Conversion),
        new("loyalty", "Loyalty and dynamics", "Repeat rate: the share of an influencer's first-time customers who ordered again within the window; per post, the share of its 14 days' orders in the first 48 h and the half-life of its daily orders.", Core.Reports.Metrics.Loyalty),
        new("comments", "Comments", "Shares of each influencer's scored audience comments; spam is left out of the other shares.", Core.Reports.Metrics.Comments),
        new("surveys", "Trust surveys", "Per influencer over the survey answers about it: trust on Ohanian's 1–7 scale, NPS in points.", Core.Reports.Metrics.Survey),
        new("authenticity", "Authenticity", "From each influencer's latest follower-sample audit; quality-adjusted reach = followers × (1 − fake share).", Core.Reports.Metrics.Authenticity),
    ];

    /// <summary>The section's metrics that some tier of <paramref name="report"/> has: a metric without data is left out, never shown as 0.</summary>
    public IReadOnlyList<MetricDefinition> WithData(TierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. Metrics.Where(m => report.Tiers.Any(t => t.Metrics.ContainsKey(m.Name)))];
    }
}
