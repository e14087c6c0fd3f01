namespace Clout.Core.Reports;

/// <summary>The metrics the report knows, in the order it shows them. Later features add theirs here.</summary>
public static class Metrics
{
    public static MetricDefinition EngagementRate { get; } = new("engagement_rate", "Engagement rate (by followers)", "engaged", "more per follower");
    public static MetricDefinition EngagementRateByReach { get; } = new("engagement_rate_by_reach", "Engagement rate (by reach)", "engaged", "more per account reached");
    public static MetricDefinition EngagementRateByViews { get; } = new("engagement_rate_by_views", "Engagement rate (by views)", "engaged", "more per view");
    public static MetricDefinition DepthRatio { get; } = new("depth_ratio", "Depth ratio (comments+shares+saves per like)", "drew", "deeper engagement per like", IsRate: false);
    public static MetricDefinition DialogueRate { get; } = new("dialogue_rate", "Dialogue rate (threads answered)", "answered", "more comment threads");

    public static IReadOnlyList<MetricDefinition> All { get; } =
        [EngagementRate, EngagementRateByReach, EngagementRateByViews, DepthRatio, DialogueRate];

    public static MetricDefinition? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
