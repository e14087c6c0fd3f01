using Clout.Core.Statistics;

namespace Clout.Core.Comments;

/// <summary>
/// The comment shares of one post or influencer, each with its 95 % Wilson interval: positive, negative, skeptical
/// and intent among the comments that are not spam, spam among all. A share is null when its denominator is 0.
/// </summary>
public sealed record CommentShares(Estimate? Positive, Estimate? Negative, Estimate? Skeptical, Estimate? Intent, Estimate? Spam)
{
    public static CommentShares Of(CommentTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return new CommentShares(
            Wilson.Interval(tally.Positive, tally.Genuine),
            Wilson.Interval(tally.Negative, tally.Genuine),
            Wilson.Interval(tally.Skeptical, tally.Genuine),
            Wilson.Interval(tally.Intent, tally.Genuine),
            Wilson.Interval(tally.Spam, tally.Comments));
    }
}
