using Clout.Core.Comments;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// An influencer's comment shares as tier-report values (<see cref="Metrics.Comments"/>), skipping a share whose
/// denominator is 0; the tier figure is then the median over influencers with a bootstrap interval, like every metric
/// of the report, so one celebrity with 50,000 comments weighs as one account.
/// </summary>
public static class CommentUnits
{
    public static Dictionary<string, double> Values(CommentTally tally)
    {
        var shares = CommentShares.Of(tally);
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
