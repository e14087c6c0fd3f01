using Clout.Core.Engagement;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Engagement;

/// <summary>Pages of the workspace's posts, newest first, each with its counts and engagement rates.</summary>
public sealed class PostQuery(CloutDbContext db)
{
    public async Task<PostPage> ListAsync(ReportFilter filter, long? influencerId, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var posts = filter.Apply(db.Posts.AsNoTracking(), db.Campaigns);
        if (influencerId is { } id)
        {
            posts = posts.Where(p => p.InfluencerId == id);
        }
        var total = await posts.CountAsync(cancellationToken);
        var rows = await posts
            .OrderByDescending(p => p.PublishedAtUtc).ThenBy(p => p.Id)
            .Skip(offset).Take(limit)
            .Join(db.Influencers, p => p.InfluencerId, i => i.Id, (p, i) => new
            {
                p.ExternalId, p.InfluencerId, i.Handle, i.Platform, InfluencerFollowers = i.Followers, p.PublishedAtUtc, p.Kind, p.Sponsored,
                Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Name).FirstOrDefault(),
                p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions,
            })
            .ToListAsync(cancellationToken);
        var histories = await FollowerHistories.LoadAsync(db, [.. rows.Select(r => r.InfluencerId).Distinct()], cancellationToken);
        var items = rows.Select(r =>
        {
            var metrics = new PostMetrics(r.PublishedAtUtc, r.Likes, r.Comments, r.Shares, r.Saves, r.Views, r.Reach, r.Impressions);
            var history = histories.GetValueOrDefault(r.InfluencerId, FollowerHistories.Empty);
            var followers = history.FollowersAt(r.PublishedAtUtc, r.InfluencerFollowers);
            return new PostListItem(r.ExternalId, r.InfluencerId, r.Handle, r.Platform, r.PublishedAtUtc, r.Kind, r.Sponsored, r.Campaign,
                metrics, followers, EngagementRate.ByFollowers(metrics, followers), EngagementRate.ByReach(metrics),
                EngagementRate.ByViews(metrics), DepthRatio.Of(metrics));
        }).ToList();
        return new PostPage(total, items);
    }
}

public sealed record PostPage(int Total, IReadOnlyList<PostListItem> Items);

/// <summary>One post as the API lists it: what the platform reported and the rates Clout derives from it.</summary>
public sealed record PostListItem(
    string PostId,
    long InfluencerId,
    string Handle,
    Platform Platform,
    DateTime PublishedAtUtc,
    string? Kind,
    bool Sponsored,
    string? Campaign,
    PostMetrics Metrics,
    double FollowersAtPost,
    double? EngagementRate,
    double? EngagementRateByReach,
    double? EngagementRateByViews,
    double? DepthRatio);
