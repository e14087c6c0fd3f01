using Clout.Core.Comments;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Engagement;

/// <summary>
/// The comments of one influencer or one campaign, newest first, filtered by a flag, with the tally of the whole
/// scope. Flags are read from the stored scores (spam excluded from the other flags, as in the report).
/// </summary>
public sealed class CommentExplorerQuery(CloutDbContext db)
{
    /// <summary>A page shows at most this many comments; the tally above it counts them all.</summary>
    public const int PageSize = 200;

    /// <summary>The handle of an influencer of this workspace, or null: the explorer's title.</summary>
    public Task<string?> HandleAsync(long influencerId, CancellationToken cancellationToken) =>
        db.Influencers.AsNoTracking().Where(i => i.Id == influencerId).Select(i => i.Handle).FirstOrDefaultAsync(cancellationToken);

    public async Task<CommentPage> ListAsync(long? influencerId, long? campaignId, CommentFlag flag, CancellationToken cancellationToken)
    {
        var posts = db.Posts.AsNoTracking()
            .Where(p => (influencerId == null || p.InfluencerId == influencerId) && (campaignId == null || p.CampaignId == campaignId));
        var scoped = db.Comments.AsNoTracking().Join(posts, c => c.PostId, p => p.Id, (c, p) => new { Comment = c, Post = p.ExternalId });
        var audience = scoped.Where(x => x.Comment.SentimentCompound != null && !x.Comment.IsCreatorReply);
        var counts = await audience
            .GroupBy(x => 1)
            .Select(g => new
            {
                Comments = g.Count(),
                Spam = g.Sum(x => x.Comment.SpamScore >= FlagScore.Threshold ? 1 : 0),
                Positive = g.Sum(x => x.Comment.SpamScore < FlagScore.Threshold && x.Comment.SentimentCompound >= SentimentThresholds.Positive ? 1 : 0),
                Negative = g.Sum(x => x.Comment.SpamScore < FlagScore.Threshold && x.Comment.SentimentCompound <= SentimentThresholds.Negative ? 1 : 0),
                Skeptical = g.Sum(x => x.Comment.SpamScore < FlagScore.Threshold && x.Comment.SkepticalScore >= FlagScore.Threshold ? 1 : 0),
                Intent = g.Sum(x => x.Comment.SpamScore < FlagScore.Threshold && x.Comment.IntentScore >= FlagScore.Threshold ? 1 : 0),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var tally = counts is null ? CommentTally.Empty
            : new CommentTally(counts.Comments, counts.Spam, counts.Positive, counts.Negative, counts.Skeptical, counts.Intent);

        const double T = FlagScore.Threshold;
        var filtered = flag switch
        {
            CommentFlag.Positive => audience.Where(x => x.Comment.SpamScore < T && x.Comment.SentimentCompound >= SentimentThresholds.Positive),
            CommentFlag.Negative => audience.Where(x => x.Comment.SpamScore < T && x.Comment.SentimentCompound <= SentimentThresholds.Negative),
            CommentFlag.Skeptical => audience.Where(x => x.Comment.SpamScore < T && x.Comment.SkepticalScore >= T),
            CommentFlag.Intent => audience.Where(x => x.Comment.SpamScore < T && x.Comment.IntentScore >= T),
            CommentFlag.Spam => audience.Where(x => x.Comment.SpamScore >= T),
            CommentFlag.CreatorReply => scoped.Where(x => x.Comment.IsCreatorReply),
            _ => scoped,
        };
        var rows = await filtered
            .OrderByDescending(x => x.Comment.CreatedAtUtc).ThenByDescending(x => x.Comment.Id)
            .Take(PageSize)
            .Select(x => new StoredComment(x.Comment.ExternalId, x.Post, x.Comment.Author, x.Comment.Text, x.Comment.CreatedAtUtc,
                x.Comment.IsCreatorReply, x.Comment.SentimentCompound, x.Comment.SkepticalScore, x.Comment.IntentScore, x.Comment.SpamScore))
            .ToListAsync(cancellationToken);
        var matching = flag == CommentFlag.All && rows.Count < PageSize ? rows.Count : await filtered.CountAsync(cancellationToken);
        return new CommentPage(tally, CommentShares.Of(tally), rows, matching);
    }
}

/// <summary>One stored comment with its scores (null scores: stored before scoring existed).</summary>
public sealed record StoredComment(
    string CommentId, string PostId, string? Author, string Text, DateTime? CreatedAtUtc, bool IsCreatorReply,
    double? Compound, double? SkepticalScore, double? IntentScore, double? SpamScore)
{
    public bool IsSpam => SpamScore >= FlagScore.Threshold;

    public bool IsSkeptical => !IsSpam && SkepticalScore >= FlagScore.Threshold;

    public bool HasIntent => !IsSpam && IntentScore >= FlagScore.Threshold;

    public SentimentLabel? Sentiment => Compound is { } c ? new SentimentScore(c, 0, 0, 0).Label : null;
}

/// <summary>A page of the explorer: the scope's tally and shares, the comments shown, and how many match the filter.</summary>
public sealed record CommentPage(CommentTally Tally, CommentShares Shares, IReadOnlyList<StoredComment> Comments, int Matching);
