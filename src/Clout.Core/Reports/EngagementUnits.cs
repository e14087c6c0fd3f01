using Clout.Core.Engagement;

namespace Clout.Core.Reports;

/// <summary>Turns an influencer's engagement into the report's per-metric values, skipping what is unknown.</summary>
public static class EngagementUnits
{
    public static Dictionary<string, double> Values(InfluencerEngagement engagement)
    {
        ArgumentNullException.ThrowIfNull(engagement);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        Put(values, Metrics.EngagementRate, engagement.EngagementRate);
        Put(values, Metrics.EngagementRateByReach, engagement.EngagementRateByReach);
        Put(values, Metrics.EngagementRateByViews, engagement.EngagementRateByViews);
        Put(values, Metrics.DepthRatio, engagement.DepthRatio);
        Put(values, Metrics.DialogueRate, engagement.DialogueRate);
        return values;
    }

    private static void Put(Dictionary<string, double> values, MetricDefinition metric, double? value)
    {
        if (value is { } v)
        {
            values[metric.Name] = v;
        }
    }
}
