namespace Clout.Core.Reports;

/// <summary>The metrics the report knows, in the order it shows them. Later features add theirs here.</summary>
public static class Metrics
{
    public static MetricDefinition EngagementRate { get; } = new("engagement_rate", "Engagement rate (by followers)", "engaged", "more per follower");
    public static MetricDefinition EngagementRateByReach { get; } = new("engagement_rate_by_reach", "Engagement rate (by reach)", "engaged", "more per account reached");
    public static MetricDefinition EngagementRateByViews { get; } = new("engagement_rate_by_views", "Engagement rate (by views)", "engaged", "more per view");
    public static MetricDefinition DepthRatio { get; } = new("depth_ratio", "Depth ratio (comments+shares+saves per like)", "drew", "deeper engagement per like", IsRate: false);
    public static MetricDefinition DialogueRate { get; } = new("dialogue_rate", "Dialogue rate (threads answered)", "answered", "more comment threads");

    // Conversions: per influencer over its collaborations in scope; money in the workspace currency's major units.
    public static MetricDefinition Clicks { get; } = new("clicks", "Clicks (human)", "drew", "more clicks", IsRate: false, Unit: MetricUnit.Count);
    public static MetricDefinition UniqueVisitors { get; } = new("unique_visitors", "Unique visitors (per day)", "drew", "more visitors", IsRate: false, Unit: MetricUnit.Count);
    public static MetricDefinition Orders { get; } = new("orders", "Orders (attributed)", "drove", "more orders", IsRate: false, Unit: MetricUnit.Count);
    public static MetricDefinition ConversionRate { get; } = new("conversion_rate", "Conversion rate (orders per visitor)", "converted", "better per visitor");
    public static MetricDefinition Revenue { get; } = new("revenue", "Revenue (attributed)", "drove", "more revenue", IsRate: false, Unit: MetricUnit.Money);
    public static MetricDefinition Aov { get; } = new("aov", "Average order value", "drew", "larger orders", IsRate: false, Unit: MetricUnit.Money);
    public static MetricDefinition Cpm { get; } = new("cpm", "Cost per 1,000 impressions", "cost", "per 1,000 impressions", IsRate: false, Unit: MetricUnit.Money, LowerIsBetter: true);
    public static MetricDefinition Cpe { get; } = new("cpe", "Cost per engagement", "cost", "per engagement", IsRate: false, Unit: MetricUnit.Money, LowerIsBetter: true);
    public static MetricDefinition Cpc { get; } = new("cpc", "Cost per click", "cost", "per click", IsRate: false, Unit: MetricUnit.Money, LowerIsBetter: true);
    public static MetricDefinition Cpa { get; } = new("cpa", "Cost per order", "cost", "per order", IsRate: false, Unit: MetricUnit.Money, LowerIsBetter: true);
    public static MetricDefinition Roas { get; } = new("roas", "ROAS (revenue per cost)", "returned", "more revenue per unit spent", IsRate: false);

    /// <summary>(revenue × the workspace's gross margin − cost) / cost; only when the margin is set.</summary>
    public static MetricDefinition Roi { get; } = new("roi", "ROI ((revenue × margin − cost) / cost)", "returned", "more profit per unit spent", IsRate: false, RatioScale: false);

    // Comments: shares of an influencer's scored audience comments (Clout.Core.Comments); spam excluded from the others.
    public static MetricDefinition PositiveShare { get; } = new("positive_share", "Positive comments (share)", "drew", "more positive comments per comment");
    public static MetricDefinition NegativeShare { get; } = new("negative_share", "Negative comments (share)", "drew", "negativity per comment", LowerIsBetter: true);
    public static MetricDefinition SkepticalShare { get; } = new("skeptical_share", "Skeptical comments (share)", "drew", "skepticism per comment", LowerIsBetter: true);
    public static MetricDefinition IntentShare { get; } = new("intent_share", "Purchase-intent comments (share)", "drew", "more purchase intent per comment");
    public static MetricDefinition SpamShare { get; } = new("spam_share", "Spam comments (share)", "drew", "spam per comment", LowerIsBetter: true);

    // Trust surveys: per influencer over the responses about it; trust on Ohanian's 1-7 scale, NPS in points (-100..100).
    public static MetricDefinition TrustScore { get; } = new("trust_score", "Trust score (1-7, Ohanian)", "earned", "more trust", IsRate: false);
    public static MetricDefinition Nps { get; } = new("nps", "NPS", "earned", "more net promotion", IsRate: false, RatioScale: false);

    // Closeness and authenticity surveys: per influencer, the mean of its respondents' scale scores (Clout.Core.Surveys.SurveyScales).
    public static MetricDefinition ParasocialScore { get; } = new("parasocial_score", "Closeness felt (1-5, parasocial interaction)", "earned", "more closeness", IsRate: false);
    public static MetricDefinition AuthenticityScore { get; } = new("authenticity_score", "Perceived authenticity (1-7)", "earned", "more perceived authenticity", IsRate: false);

    // Authenticity: per audited influencer (fake share, quality-adjusted reach) and per influencer with posts (score).
    public static MetricDefinition FakeShare { get; } = new("fake_share", "Fake followers (latest audit)", "had", "fake-follower share", LowerIsBetter: true);
    public static MetricDefinition QualityScore { get; } = new("quality_score", "Audience Quality Score (0-100)", "scored", "higher on audience quality", IsRate: false);
    public static MetricDefinition QualityAdjustedReach { get; } = new("quality_adjusted_reach", "Quality-adjusted reach (followers × real share)", "reached", "more real followers", IsRate: false, Unit: MetricUnit.Count);

    // Loyalty: per influencer, the share of the first-time customers it brought in who ordered again within the window.
    public static MetricDefinition RepeatRate { get; } = new("repeat_rate", "Repeat purchase rate (first-time customers back within the window)", "brought back", "more of their first-time customers");

    public static IReadOnlyList<MetricDefinition> Engagement { get; } =
        [EngagementRate, EngagementRateByReach, EngagementRateByViews, DepthRatio, DialogueRate];

    public static IReadOnlyList<MetricDefinition> Conversion { get; } =
        [Clicks, UniqueVisitors, Orders, ConversionRate, Revenue, Aov, Cpm, Cpe, Cpc, Cpa, Roas, Roi];

    public static IReadOnlyList<MetricDefinition> Comments { get; } =
        [PositiveShare, NegativeShare, SkepticalShare, IntentShare, SpamShare];

    public static IReadOnlyList<MetricDefinition> Survey { get; } = [TrustScore, Nps, ParasocialScore, AuthenticityScore];

    public static IReadOnlyList<MetricDefinition> Authenticity { get; } = [QualityScore, FakeShare, QualityAdjustedReach];

    // Dynamics: how a campaign post's orders arrive over its 14 days (Clout.Core.Loyalty.PostOrderTimings).
    public static MetricDefinition SpikeShare { get; } = new("spike_share", "Orders in a post's first 48 h (share of its 14 days)", "sold", "more of a post's orders in its first 48 h");
    public static MetricDefinition OrderHalfLife { get; } = new("order_half_life_days", "Half-life of a post's daily orders (days)", "kept selling", "longer after a post", IsRate: false);

    public static IReadOnlyList<MetricDefinition> Loyalty { get; } = [RepeatRate, SpikeShare, OrderHalfLife];

    public static IReadOnlyList<MetricDefinition> All { get; } = [.. Engagement, .. Conversion, .. Loyalty, .. Comments, .. Survey, .. Authenticity];

    public static MetricDefinition? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
