using Clout.Core.Comments;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Engagement;

/// <summary>
/// The comments of one influencer, one campaign or the workspace, newest first, filtered by a flag, a sentiment class
/// and words of the text, one page at a time, with the tally of the whole scope. Flags are read from the stored scores
/// (spam excluded from the other flags, as in the report). Every filter is SQL: a page reads its rows, never the scope.
/// </summary>
public sealed class CommentExplorerQuery(CloutDbContext db)
{
    /// <summary>A page shows this many comments; the tally above it counts them all.</summary>
    public const int PageSize = 50;

    /// <summary>Longer search text is cut: no comment word is this long, and the LIKE stays cheap.</summary>
    public const int MaxSearchLength = 200;

    /// <summary>The handle of an influencer of this workspace, or null: the explorer's title.</summary>
    public Task<string?> HandleAsync(long influencerId, CancellationToken cancellationToken) =>
        db.Influencers.AsNoTracking().Where(i => i.Id == influencerId).Select(i => i.Handle).FirstOrDefaultAsync(cancellationToken);

    public async Task<CommentPage> ListAsync(CommentSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (influencerId, campaignId) = (search.InfluencerId, search.CampaignId);
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
        var filtered = search.Flag switch
        {
            CommentFlag.Positive => audience.Where(x => x.Comment.SpamScore < T && x.Comment.SentimentCompound >= SentimentThresholds.Positive),
            CommentFlag.Negative => audience.Where(x => x.Comment.SpamScore < T && x.Comment.SentimentCompound <= SentimentThresholds.Negative),
            CommentFlag.Skeptical => audience.Where(x => x.Comment.SpamScore < T && x.Comment.SkepticalScore >= T),
            CommentFlag.Intent => audience.Where(x => x.Comment.SpamScore < T && x.Comment.IntentScore >= T),
            CommentFlag.Spam => audience.Where(x => x.Comment.SpamScore >= T),
            CommentFlag.CreatorReply => scoped.Where(x => x.Comment.IsCreatorReply),
            _ => scoped,
        };
        // A sentiment class is read as the report reads it: scored, not spam, by the compound's thresholds.
        filtered = search.Sentiment switch
        {
            SentimentLabel.Positive => filtered.Where(x => x.Comment.SpamScore < T && x.Comment.SentimentCompound >= SentimentThresholds.Positive),
            SentimentLabel.Negative => filtered.Where(x => x.Comment.SpamScore < T && x.Comment.SentimentCompound <= SentimentThresholds.Negative),
            SentimentLabel.Neutral => filtered.Where(x => x.Comment.SpamScore < T
                && x.Comment.SentimentCompound > SentimentThresholds.Negative && x.Comment.SentimentCompound < SentimentThresholds.Positive),
            _ => filtered,
        };
        if (SearchText(search.Text) is { } words)
        {
#pragma warning disable CA1862 // EF turns lower() and Contains into SQL on both databases; the StringComparison overload has no translation
            filtered = filtered.Where(x => x.Comment.Text.ToLower().Contains(words));
#pragma warning restore CA1862
        }

        var matching = await filtered.CountAsync(cancellationToken);
        var pages = Math.Max(1, (matching + PageSize - 1) / PageSize);
        // Past the last page shows the last one: a link kept from before a filter or an import still lands on comments.
        var page = Math.Clamp(search.Page, 1, pages);
        var rows = await filtered
            .OrderByDescending(x => x.Comment.CreatedAtUtc).ThenByDescending(x => x.Comment.Id)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(x => new StoredComment(x.Comment.ExternalId, x.Post, x.Comment.Author, x.Comment.Text, x.Comment.CreatedAtUtc,
                x.Comment.IsCreatorReply, x.Comment.SentimentCompound, x.Comment.SkepticalScore, x.Comment.IntentScore, x.Comment.SpamScore))
            .ToListAsync(cancellationToken);
        return new CommentPage(tally, CommentShares.Of(tally), rows, matching) { Page = page, Pages = pages };
    }

    /// <summary>The text to look for, lower-cased and cut to <see cref="MaxSearchLength"/>; null when there is none.</summary>
    private static string? SearchText(string? text)
    {
        var trimmed = text?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed[..Math.Min(trimmed.Length, MaxSearchLength)].ToLowerInvariant();
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
public sealed record CommentPage(CommentTally Tally, CommentShares Shares, IReadOnlyList<StoredComment> Comments, int Matching)
{
    /// <summary>Which page this is, from 1, of <see cref="Pages"/> (at least 1, even with no comment).</summary>
    public int Page { get; init; } = 1;

    public int Pages { get; init; } = 1;
}
