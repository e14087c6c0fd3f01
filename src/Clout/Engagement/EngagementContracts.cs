using Clout.Core.Roster;
using Clout.Storage.Engagement;

namespace Clout.Engagement;

public sealed record PostListResponse(int Total, IReadOnlyList<PostListItemResponse> Items);

/// <summary>A post with its raw counts and derived rates; rates are fractions, null where the denominator is unknown.</summary>
public sealed record PostListItemResponse(
    string PostId,
    long InfluencerId,
    string InfluencerHandle,
    string Platform,
    DateTime PublishedAt,
    string? Kind,
    bool Sponsored,
    string? Campaign,
    long Likes,
    long Comments,
    long Shares,
    long Saves,
    long? Views,
    long? Reach,
    long? Impressions,
    double FollowersAtPost,
    double? EngagementRate,
    double? EngagementRateByReach,
    double? EngagementRateByViews,
    double? DepthRatio)
{
    public static PostListItemResponse Of(PostListItem p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var m = p.Metrics;
        return new(p.PostId, p.InfluencerId, p.Handle, p.Platform.ToName(), p.PublishedAtUtc, p.Kind, p.Sponsored, p.Campaign,
            m.Likes, m.Comments, m.Shares, m.Saves, m.Views, m.Reach, m.Impressions,
            p.FollowersAtPost, p.EngagementRate, p.EngagementRateByReach, p.EngagementRateByViews, p.DepthRatio);
    }
}
