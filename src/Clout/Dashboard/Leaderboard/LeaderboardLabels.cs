using Clout.Core.Reports;

namespace Clout.Dashboard.Leaderboard;

/// <summary>The leaderboard's headers, short enough for a table at 390 px.</summary>
public static class LeaderboardLabels
{
    public static string Short(MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Name switch
        {
            "engagement_rate" => "Engagement",
            "orders" => "Orders",
            "conversion_rate" => "Conversion",
            "revenue" => "Revenue",
            "cpa" => "Cost per order",
            "roas" => "ROAS",
            "roi" => "ROI",
            "trust_score" => "Trust (1-7)",
            "nps" => "NPS",
            "repeat_rate" => "Repeat buyers",
            "quality_score" => "Audience quality",
            "skeptical_share" => "Skeptical comments",
            _ => metric.Label,
        };
    }
}
