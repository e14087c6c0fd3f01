using Clout.Core.Engagement;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>One influencer's page: its roster row and its posts, each with its engagement rates and order timing.</summary>
public sealed class InfluencerPostsQuery(CloutDbContext db, TimeProvider clock, ReadCache reads, RosterQuery roster, PostOrderTimingQuery postTimings)
{
    /// <summary>One influencer's posts with their engagement rates, oldest first; null for an unknown id.</summary>
    public async Task<(InfluencerSummary Influencer, List<PostEngagement> Posts)?> LoadAsync(long id, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var summary = (await roster.InfluencersAsync(filter, cancellationToken)).FirstOrDefault(s => s.Id == id);
        if (summary is null)
        {
            return null;
        }
        var history = (await reads.HistoriesAsync(cancellationToken)).TryGetValue(id, out var h) ? h : FollowerHistories.Empty; // read by the roster
        var rows = await filter.Apply(db.Posts.AsNoTracking(), db.Campaigns).Where(p => p.InfluencerId == id).OrderBy(p => p.PublishedAtUtc)
            .Select(p => new { p.Id, p.ExternalId, p.Kind, p.Sponsored, p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions })
            .ToListAsync(cancellationToken);
        var timings = await postTimings.LoadAsync(filter, ReportClock.Today(clock), id, cancellationToken);
        var posts = rows.Select(p =>
        {
            var metrics = new PostMetrics(p.PublishedAtUtc, p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions);
            var followers = history.FollowersAt(p.PublishedAtUtc, summary.Followers);
            return new PostEngagement(p.ExternalId, p.PublishedAtUtc, p.Kind, p.Sponsored, metrics.Interactions, followers,
                EngagementRate.ByFollowers(metrics, followers), EngagementRate.ByReach(metrics), DepthRatio.Of(metrics),
                timings.TryGetValue(p.Id, out var timing) ? timing.Timing : null);
        }).ToList();
        return (summary, posts);
    }
}
