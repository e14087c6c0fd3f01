using Clout.Core.Authenticity;
using Clout.Core.Statistics;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Roster;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Authenticity;

/// <summary>
/// Reads every influencer's authenticity: the data the anomaly rules need is loaded in a
/// few set-based queries (posts, follower snapshots, comment authors), and Clout.Core judges each account against the
/// other accounts of its tier in the same workspace. The roster's reads come from the scope's <see cref="ReadCache"/>,
/// shared with the tier report when both run in one scope.
/// </summary>
public sealed class AuthenticityQuery(CloutDbContext db, RosterQuery roster, ReadCache reads)
{
    public async Task<InfluencerAuthenticity?> ForInfluencerAsync(long influencerId, CancellationToken cancellationToken) =>
        (await AllAsync(cancellationToken)).GetValueOrDefault(influencerId);

    /// <summary>Every influencer with a known audience, by id.</summary>
    public async Task<Dictionary<long, InfluencerAuthenticity>> AllAsync(CancellationToken cancellationToken) =>
        await AllAsync(await roster.InfluencersAsync(new ReportFilter(), cancellationToken), cancellationToken);

    /// <summary>
    /// The same, for roster rows the caller already holds (the roster page): the anomaly rules always read the whole
    /// history, whatever period the rows were summarised over.
    /// </summary>
    public async Task<Dictionary<long, InfluencerAuthenticity>> AllAsync(IReadOnlyList<InfluencerSummary> summaries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var histories = await reads.HistoriesAsync(cancellationToken);
        // The whole history, shared with the tier report's engagement when both run in one scope.
        var posts = (await reads.PostsAsync(new ReportFilter(), cancellationToken)).ToLookup(p => p.InfluencerId);
        var authors = await reads.CommentAuthorsAsync(cancellationToken);
        var audits = await LatestAuditsAsync(cancellationToken);
        // Whole history, like the other rules: spam under an account's posts is a trait of the account, not of a period.
        var comments = await reads.CommentTalliesAsync(new ReportFilter(), cancellationToken);

        var accounts = summaries.ToDictionary(s => s.Id, s => new AccountActivity(
            s.Tier,
            s.Followers,
            [.. posts[s.Id].Select(p => p.Metrics)],
            histories.TryGetValue(s.Id, out var history) ? history : FollowerHistories.Empty,
            [.. posts[s.Id].Select(p => authors[p.Id] as IReadOnlyCollection<string> ?? [.. authors[p.Id]])], // a lookup's group is a collection already
            SpamCommentShare: comments.TryGetValue(s.Id, out var tally) && tally.Comments > 0 ? (double)tally.Spam / tally.Comments : null));
        // Each account's summary once, not once per peer that compares itself with it.
        var peerValues = accounts.ToDictionary(a => a.Key, a => (a.Value.EngagementRate, a.Value.LikesPerComment));
        var byTier = summaries.ToLookup(s => s.Tier, s => s.Id);
        // Each account against its peers on its own: judged on all cores.
        var judged = new InfluencerAuthenticity[summaries.Count];
        Parallel.For(0, summaries.Count, index =>
        {
            var s = summaries[index];
            var peers = TierPeers.From(s.Tier, byTier[s.Tier].Where(id => id != s.Id).Select(id => peerValues[id]));
            var anomalies = EngagementAnomalies.Detect(accounts[s.Id], peers);
            var audit = audits.GetValueOrDefault(s.Id);
            judged[index] = new InfluencerAuthenticity(s.Id, s.Handle, s.Tier, s.Followers, audit, anomalies,
                AudienceQuality.Score(audit?.FakeShare, anomalies));
        });
        return judged.ToDictionary(a => a.InfluencerId);
    }

    private async Task<Dictionary<long, AuditSummary>> LatestAuditsAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<AudienceAudit>().AsNoTracking()
            .Where(a => !db.Set<AudienceAudit>().Any(b => b.InfluencerId == a.InfluencerId
                && (b.CreatedAtUtc > a.CreatedAtUtc || (b.CreatedAtUtc == a.CreatedAtUtc && b.Id > a.Id))))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(a => a.InfluencerId, a => new AuditSummary(a.Id, a.CreatedAtUtc,
            new Estimate(a.FakeShare, a.FakeShareLow, a.FakeShareHigh, a.SampleSize), a.FakeCount, a.SampleNeeded, a.ModelSource));
    }
}
