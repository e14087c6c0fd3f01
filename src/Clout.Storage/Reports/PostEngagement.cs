namespace Clout.Storage.Reports;

/// <summary>One post of an influencer with its engagement rates, for the influencer's timeline.</summary>
public sealed record PostEngagement(
    string PostId,
    DateTime PublishedAtUtc,
    string? Kind,
    bool Sponsored,
    double Interactions,
    double FollowersAtPost,
    double? EngagementRate,
    double? EngagementRateByReach,
    double? DepthRatio,
    Core.Loyalty.PostOrderTiming? Orders = null);
