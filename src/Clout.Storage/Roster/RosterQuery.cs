using Clout.Core.Engagement;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Roster;

/// <summary>
/// The roster as every report sees it: each influencer with a known audience, its tier under the workspace's policy,
/// and its engagement over the filter's posts (rated by followers at post time). The posts, comments and follower
/// histories come from the scope's <see cref="ReadCache"/>, so the tier report and the authenticity rules share them.
/// </summary>
public sealed class RosterQuery(CloutDbContext db, WorkspaceScope scope, ReadCache reads)
{
    /// <summary>Every influencer with a known audience, its tier and its engagement in the period, in id order.</summary>
    public async Task<List<InfluencerSummary>> InfluencersAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var policy = await PolicyAsync(cancellationToken);
        // Ordered: the bootstrap resamples by position, and a database may return rows in any order it likes.
        var influencers = await db.Influencers.AsNoTracking().OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Handle, i.Platform, i.DisplayName, i.Niche, i.Country, i.Followers })
            .ToListAsync(cancellationToken);
        var histories = await reads.HistoriesAsync(cancellationToken);
        var posts = (await reads.PostsAsync(filter, cancellationToken)).ToLookup(p => p.InfluencerId, p => p.Metrics);
        var comments = (await reads.CommentsAsync(filter, cancellationToken)).ByInfluencer;

        // Each influencer's engagement on its own: measured on all cores, kept in roster order.
        var summaries = new InfluencerSummary?[influencers.Count];
        Parallel.For(0, influencers.Count, index =>
        {
            var influencer = influencers[index];
            var history = histories.TryGetValue(influencer.Id, out var h) ? h : FollowerHistories.Empty;
            var followers = history.Latest(influencer.Followers);
            if (followers <= 0)
            {
                return; // an unknown audience has no tier and no engagement rate
            }
            var engagement = InfluencerEngagement.Measure([.. posts[influencer.Id]], history, influencer.Followers, comments[influencer.Id]);
            summaries[index] = new InfluencerSummary(influencer.Id, influencer.Handle, influencer.Platform, influencer.DisplayName, influencer.Niche,
                influencer.Country, followers, policy.Classify(followers), engagement);
        });
        return [.. summaries.OfType<InfluencerSummary>()];
    }

    private async Task<TierPolicy> PolicyAsync(CancellationToken cancellationToken)
    {
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId)
            .Select(w => new { w.MicroFrom, w.MacroFrom, w.CelebrityFrom }).FirstOrDefaultAsync(cancellationToken);
        return workspace is null ? TierPolicy.Default : new TierPolicy(workspace.MicroFrom, workspace.MacroFrom, workspace.CelebrityFrom);
    }
}
