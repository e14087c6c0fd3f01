using Clout.Core.Loyalty;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>
/// When each campaign post's sales came (<see cref="PostOrderTimings"/>). Orders are credited to collaborations, not
/// posts, so an order goes to the latest post of its collaboration (same influencer, same campaign) published before
/// it, and only within that post's 14 days: a second post a week later takes over the orders that follow it.
/// </summary>
public sealed class PostOrderTimingQuery(CloutDbContext db)
{
    /// <summary>Per campaign post in the report's scope (by post id); posts whose 14 days have not ended by <paramref name="asOfUtc"/> are absent.</summary>
    public async Task<Dictionary<long, PostTimingRow>> LoadAsync(ReportFilter filter, DateTime asOfUtc, long? influencerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var postQuery = filter.Apply(db.Posts.AsNoTracking(), db.Campaigns).Where(p => p.CampaignId != null);
        if (influencerId is { } only)
        {
            postQuery = postQuery.Where(p => p.InfluencerId == only);
        }
        var posts = await postQuery
            .Select(p => new { p.Id, p.InfluencerId, CampaignId = p.CampaignId!.Value, p.PublishedAtUtc })
            .ToListAsync(cancellationToken);
        if (posts.Count == 0)
        {
            return [];
        }
        var collaborationQuery = db.Collaborations.AsNoTracking();
        if (influencerId is { } one)
        {
            collaborationQuery = collaborationQuery.Where(c => c.InfluencerId == one);
        }
        var collaborations = await collaborationQuery.Select(c => new { c.Id, c.InfluencerId, c.CampaignId })
            .ToDictionaryAsync(c => c.Id, c => (c.InfluencerId, c.CampaignId), cancellationToken);
        var collaborationIds = collaborationQuery.Select(c => c.Id);
        var orders = await db.Orders.AsNoTracking()
            .Where(o => o.AttributedCollaborationId != null && collaborationIds.Contains(o.AttributedCollaborationId.Value))
            .Select(o => new { Collaboration = o.AttributedCollaborationId!.Value, o.OccurredAtUtc })
            .ToListAsync(cancellationToken);

        // Posts of one collaboration, oldest first, each with the orders it is credited with.
        var byCollaboration = posts
            .GroupBy(p => (p.InfluencerId, p.CampaignId))
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.PublishedAtUtc).ThenBy(p => p.Id).ToList());
        var credited = posts.ToDictionary(p => p.Id, _ => new List<DateTime>());
        var horizon = TimeSpan.FromDays(PostOrderTimings.HorizonDays);
        foreach (var order in orders)
        {
            if (!collaborations.TryGetValue(order.Collaboration, out var key) || !byCollaboration.TryGetValue(key, out var candidates))
            {
                continue;
            }
            // The latest post at or before the order: the list is short (a few posts per campaign), a scan is enough.
            var post = candidates.LastOrDefault(p => p.PublishedAtUtc <= order.OccurredAtUtc);
            if (post is not null && order.OccurredAtUtc - post.PublishedAtUtc < horizon)
            {
                credited[post.Id].Add(order.OccurredAtUtc);
            }
        }
        var result = new Dictionary<long, PostTimingRow>();
        foreach (var post in posts)
        {
            if (PostOrderTimings.Of(post.PublishedAtUtc, credited[post.Id], asOfUtc) is { } timing)
            {
                result[post.Id] = new PostTimingRow(post.Id, post.InfluencerId, timing);
            }
        }
        return result;
    }
}

/// <summary>One campaign post's order timing.</summary>
public sealed record PostTimingRow(long PostId, long InfluencerId, PostOrderTiming Timing);
