using Clout.Core.Reports;
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

    /// <summary>
    /// The influencer's shares as tier-report values (<see cref="Metrics.Comments"/>); the tier figure is then the
    /// median over influencers with a bootstrap interval, like every metric of the report, so one celebrity with
    /// 50,000 comments weighs as one account.
    /// </summary>
    public static Dictionary<string, double> Values(CommentTally tally)
    {
        var shares = Of(tally);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        Put(values, Metrics.PositiveShare, shares.Positive);
        Put(values, Metrics.NegativeShare, shares.Negative);
        Put(values, Metrics.SkepticalShare, shares.Skeptical);
        Put(values, Metrics.IntentShare, shares.Intent);
        Put(values, Metrics.SpamShare, shares.Spam);
        return values;
    }

    private static void Put(Dictionary<string, double> values, MetricDefinition metric, Estimate? share)
    {
        if (share is not null)
        {
            values[metric.Name] = share.Value;
        }
    }
}
