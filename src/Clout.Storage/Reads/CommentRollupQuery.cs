using Clout.Core.Comments;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reads;

/// <summary>
/// Counts of scored audience comments per influencer or per post, in one grouped SQL query each (no comment text is
/// loaded). Creator replies and comments stored before scoring existed are left out; spam is excluded from every
/// count but its own (see <see cref="CommentTally"/>).
/// </summary>
public sealed class CommentRollupQuery(CloutDbContext db)
{
    /// <summary>Tallies per influencer id over the posts the filter selects.</summary>
    public Task<Dictionary<long, CommentTally>> ByInfluencerAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var posts = filter.Apply(db.Posts.AsNoTracking(), db.Campaigns);
        return TallyAsync(Scored().Join(posts, c => c.PostId, p => p.Id, (c, p) => new KeyedScore
        {
            Key = p.InfluencerId,
            SentimentCompound = c.SentimentCompound,
            SkepticalScore = c.SkepticalScore,
            IntentScore = c.IntentScore,
            SpamScore = c.SpamScore,
        }), cancellationToken);
    }

    /// <summary>Tallies per post id for one influencer's posts the filter selects.</summary>
    public Task<Dictionary<long, CommentTally>> ByPostAsync(long influencerId, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var posts = filter.Apply(db.Posts.AsNoTracking(), db.Campaigns).Where(p => p.InfluencerId == influencerId).Select(p => p.Id);
        return TallyAsync(Scored().Where(c => posts.Contains(c.PostId)).Select(c => new KeyedScore
        {
            Key = c.PostId,
            SentimentCompound = c.SentimentCompound,
            SkepticalScore = c.SkepticalScore,
            IntentScore = c.IntentScore,
            SpamScore = c.SpamScore,
        }), cancellationToken);
    }

    /// <summary>The counts of <see cref="CommentTally"/> per key, in one grouped query (spam excluded from the others).</summary>
    private static async Task<Dictionary<long, CommentTally>> TallyAsync(IQueryable<KeyedScore> scores, CancellationToken cancellationToken)
    {
        var rows = await scores
            .GroupBy(c => c.Key)
            .Select(g => new TallyRow(
                g.Key,
                g.Count(),
                g.Sum(c => c.SpamScore >= FlagScore.Threshold ? 1 : 0),
                g.Sum(c => c.SpamScore < FlagScore.Threshold && c.SentimentCompound >= SentimentThresholds.Positive ? 1 : 0),
                g.Sum(c => c.SpamScore < FlagScore.Threshold && c.SentimentCompound <= SentimentThresholds.Negative ? 1 : 0),
                g.Sum(c => c.SpamScore < FlagScore.Threshold && c.SkepticalScore >= FlagScore.Threshold ? 1 : 0),
                g.Sum(c => c.SpamScore < FlagScore.Threshold && c.IntentScore >= FlagScore.Threshold ? 1 : 0)))
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Key, r => r.Tally);
    }

    private IQueryable<Comment> Scored() =>
        db.Comments.AsNoTracking().Where(c => c.SentimentCompound != null && !c.IsCreatorReply);

    /// <summary>One scored comment with the key it is counted under (its influencer or its post).</summary>
    private sealed class KeyedScore
    {
        public long Key { get; init; }

        public double? SentimentCompound { get; init; }

        public double? SkepticalScore { get; init; }

        public double? IntentScore { get; init; }

        public double? SpamScore { get; init; }
    }

    private sealed record TallyRow(long Key, int Comments, int Spam, int Positive, int Negative, int Skeptical, int Intent)
    {
        public CommentTally Tally => new(Comments, Spam, Positive, Negative, Skeptical, Intent);
    }
}
