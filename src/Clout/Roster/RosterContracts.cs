using Clout.Core.Roster;
using Clout.Storage.Reports;
using Clout.Storage.Roster;

namespace Clout.Roster;

public sealed record InfluencerResponse(
    long Id,
    string Handle,
    string Platform,
    string? DisplayName,
    string? Niche,
    string? Country,
    long Followers,
    string Tier,
    int Posts,
    double? EngagementRate,
    double? EngagementRateByReach,
    double? EngagementRateByViews,
    double? DepthRatio,
    double? DialogueRate)
{
    public static InfluencerResponse Of(InfluencerSummary s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var e = s.Engagement;
        return new(s.Id, s.Handle, s.Platform.ToName(), s.DisplayName, s.Niche, s.Country, s.Followers, s.Tier.ToName(), e.Posts,
            e.EngagementRate, e.EngagementRateByReach, e.EngagementRateByViews, e.DepthRatio, e.DialogueRate);
    }
}

public sealed record InfluencerListResponse(int Total, IReadOnlyList<InfluencerResponse> Items);

public sealed record PostResponse(
    string PostId,
    DateTime PublishedAt,
    string? Kind,
    bool Sponsored,
    double Interactions,
    double FollowersAtPost,
    double? EngagementRate,
    double? EngagementRateByReach,
    double? DepthRatio)
{
    public static PostResponse Of(PostEngagement p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.PostId, p.PublishedAtUtc, p.Kind, p.Sponsored, p.Interactions, p.FollowersAtPost, p.EngagementRate, p.EngagementRateByReach, p.DepthRatio);
    }
}

public sealed record InfluencerDetailResponse(InfluencerResponse Influencer, IReadOnlyList<PostResponse> Posts);
