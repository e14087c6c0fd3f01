using Clout.Core.Loyalty;
using Clout.Storage.Model;
using Clout.Storage.Reads;
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
    /// <param name="filter">The report's scope.</param>
    /// <param name="asOfUtc">Posts whose 14 days end after this are left out.</param>
    /// <param name="influencerId">One influencer's posts only, or everyone's.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <param name="filterPosts">
    /// The filter's posts, when the caller has read them and the filter has no period (they are then exactly the posts
    /// that compete).
    /// </param>
    /// <param name="creditedOrders">
    /// Every credited order of the workspace, when the caller reads them anyway (for everyone only); awaited after the
    /// collaborations are read.
    /// </param>
    public async Task<Dictionary<long, PostTimingRow>> LoadAsync(ReportFilter filter, DateTime asOfUtc, long? influencerId, CancellationToken cancellationToken,
        IReadOnlyList<ReportPost>? filterPosts = null, Task<List<CreditedOrder>>? creditedOrders = null)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filterPosts is not null && (filter.HasPeriod || influencerId is not null))
        {
            throw new ArgumentException("Posts read for the filter are the competing posts only without a period, for everyone.", nameof(filterPosts));
        }
        if (creditedOrders is not null && influencerId is not null)
        {
            throw new ArgumentException("The workspace's credited orders are for everyone's posts.", nameof(creditedOrders));
        }
        var collaborationQuery = db.Collaborations.AsNoTracking();
        if (influencerId is { } one)
        {
            collaborationQuery = collaborationQuery.Where(c => c.InfluencerId == one);
        }
        var collaborations = await collaborationQuery.Select(c => new { c.Id, c.InfluencerId, c.CampaignId })
            .ToDictionaryAsync(c => c.Id, c => (c.InfluencerId, c.CampaignId), cancellationToken);
        var collaborationIds = collaborationQuery.Select(c => c.Id);
        var orders = creditedOrders is not null ? await creditedOrders
            : await db.Orders.AsNoTracking()
                .Where(o => o.AttributedCollaborationId != null && collaborationIds.Contains(o.AttributedCollaborationId.Value))
                .Select(o => new CreditedOrder(o.AttributedCollaborationId!.Value, o.OccurredAtUtc))
                .ToListAsync(cancellationToken);
        // Every post of the campaign competes for the orders, also those published after the period: a post of 3 November
        // takes the orders that follow it even in a report of October. Only the posts in the period are reported.
        List<CampaignPost> posts;
        if (filterPosts is not null)
        {
            posts = [.. filterPosts.Where(p => p.CampaignId is not null)
                .Select(p => new CampaignPost(p.Id, p.InfluencerId, p.CampaignId!.Value, p.Metrics.PublishedAtUtc))];
        }
        else
        {
            var postQuery = filter.ApplyCampaign(db.Posts.AsNoTracking(), db.Campaigns).Where(p => p.CampaignId != null);
            if (influencerId is { } only)
            {
                postQuery = postQuery.Where(p => p.InfluencerId == only);
            }
            posts = await postQuery
                .Select(p => new CampaignPost(p.Id, p.InfluencerId, p.CampaignId!.Value, p.PublishedAtUtc))
                .ToListAsync(cancellationToken);
        }
        if (posts.Count == 0)
        {
            return [];
        }

        // Posts of one collaboration, oldest first, each with the orders it is credited with.
        var byCollaboration = posts
            .GroupBy(p => (p.InfluencerId, p.CampaignId))
            .ToDictionary(g => g.Key, g =>
            {
                var sorted = g.OrderBy(p => p.PublishedAtUtc).ThenBy(p => p.Id).ToList();
                return (Ids: sorted.Select(p => p.Id).ToArray(), Times: sorted.Select(p => p.PublishedAtUtc).ToArray());
            });
        var credited = posts.ToDictionary(p => p.Id, _ => new List<DateTime>());
        var horizon = TimeSpan.FromDays(PostOrderTimings.HorizonDays);
        foreach (var order in orders)
        {
            if (!collaborations.TryGetValue(order.Collaboration, out var key) || !byCollaboration.TryGetValue(key, out var candidates))
            {
                continue;
            }
            // The latest post at or before the order, by binary search: an always-on collaboration can have hundreds of posts.
            var index = Array.BinarySearch(candidates.Times, order.OccurredAtUtc);
            var latest = index >= 0 ? LastAt(candidates.Times, index) : ~index - 1;
            if (latest >= 0 && order.OccurredAtUtc - candidates.Times[latest] < horizon)
            {
                credited[candidates.Ids[latest]].Add(order.OccurredAtUtc);
            }
        }
        var reported = posts.Where(p => filter.InPeriod(p.PublishedAtUtc)).ToList();
        // Each post's decay is fitted on its own: on all cores, kept in post order.
        var timings = new PostOrderTiming?[reported.Count];
        Parallel.For(0, reported.Count, i => timings[i] = PostOrderTimings.Of(reported[i].PublishedAtUtc, credited[reported[i].Id], asOfUtc));
        var result = new Dictionary<long, PostTimingRow>();
        for (var i = 0; i < reported.Count; i++)
        {
            if (timings[i] is { } timing)
            {
                result[reported[i].Id] = new PostTimingRow(reported[i].Id, reported[i].InfluencerId, timing);
            }
        }
        return result;
    }

    /// <summary>Of several posts published at the same instant, the last in the sorted order.</summary>
    private static int LastAt(DateTime[] times, int index)
    {
        while (index + 1 < times.Length && times[index + 1] == times[index])
        {
            index++;
        }
        return index;
    }
}

/// <summary>An order credited to a collaboration, and when it was placed.</summary>
public sealed record CreditedOrder(long Collaboration, DateTime OccurredAtUtc);

/// <summary>A post of a campaign, which competes for its collaboration's orders.</summary>
internal sealed record CampaignPost(long Id, long InfluencerId, long CampaignId, DateTime PublishedAtUtc);

/// <summary>One campaign post's order timing.</summary>
public sealed record PostTimingRow(long PostId, long InfluencerId, PostOrderTiming Timing);
