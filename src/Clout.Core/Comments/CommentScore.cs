namespace Clout.Core.Comments;

/// <summary>
/// Everything Clout reads from one comment: sentiment, and the skeptical, purchase-intent, spam and creator-reply
/// flags with the cues that fired. <see cref="Truncated"/> says the text was longer than
/// <see cref="CommentScorer.MaxLength"/> and only its beginning was scored.
/// </summary>
public sealed record CommentScore(
    SentimentScore Sentiment,
    FlagScore Skeptical,
    FlagScore Intent,
    FlagScore Spam,
    FlagScore CreatorReply,
    bool Truncated)
{
    /// <summary>A spam comment counts only as spam: it is left out of the sentiment, skepticism and intent shares.</summary>
    public bool IsSpam => Spam.IsSet;
}
