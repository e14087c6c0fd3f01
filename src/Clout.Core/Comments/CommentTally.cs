namespace Clout.Core.Comments;

/// <summary>
/// Counts of scored audience comments (creator replies left out) of one post, influencer or campaign. Spam is
/// counted among all of them; the other counts are among the comments that are not spam, because a bot's "love it"
/// or "link?" is not an audience reaction.
/// </summary>
public sealed record CommentTally(long Comments, long Spam, long Positive, long Negative, long Skeptical, long Intent)
{
    public static readonly CommentTally Empty = new(0, 0, 0, 0, 0, 0);

    /// <summary>The comments that are not spam: the denominator of every share but the spam share.</summary>
    public long Genuine => Comments - Spam;

    /// <summary>Adds one scored comment.</summary>
    public CommentTally Add(CommentScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        if (score.IsSpam)
        {
            return this with { Comments = Comments + 1, Spam = Spam + 1 };
        }

        return this with
        {
            Comments = Comments + 1,
            Positive = Positive + (score.Sentiment.Label == SentimentLabel.Positive ? 1 : 0),
            Negative = Negative + (score.Sentiment.Label == SentimentLabel.Negative ? 1 : 0),
            Skeptical = Skeptical + (score.Skeptical.IsSet ? 1 : 0),
            Intent = Intent + (score.Intent.IsSet ? 1 : 0),
        };
    }
}
