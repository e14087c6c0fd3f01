using Clout.Core.Comments;

namespace Clout.Storage.Engagement;

/// <summary>
/// What the comments explorer asks for: one influencer's, one campaign's or (neither) the whole workspace's comments,
/// narrowed by a flag, a sentiment class and words in the text, and which page of them (from 1).
/// </summary>
public sealed record CommentSearch(long? InfluencerId = null, long? CampaignId = null, CommentFlag Flag = CommentFlag.All)
{
    public SentimentLabel? Sentiment { get; init; }

    /// <summary>Words the text must contain, case-insensitively (ASCII letters on SQLite); null or blank: any text.</summary>
    public string? Text { get; init; }

    public int Page { get; init; } = 1;
}
