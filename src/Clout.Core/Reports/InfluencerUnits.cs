using Clout.Core.Comments;
using Clout.Core.Statistics;
using Clout.Core.Surveys;

namespace Clout.Core.Reports;

/// <summary>Turns what the tier report read about an influencer into its row: one value per metric it has.</summary>
public static class InfluencerUnits
{
    /// <summary>
    /// The influencer's row, or null when nothing in scope makes it part of the report: posts, sales or survey answers
    /// do; a roster entry with none does not.
    /// </summary>
    /// <param name="readings">What was read about the influencer.</param>
    /// <param name="grossMargin">The workspace's gross margin (0.4 = 40 %) for ROI; null: no ROI.</param>
    public static InfluencerUnit? Of(InfluencerReadings readings, double? grossMargin)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var posts = readings.Engagement.Posts;
        var values = posts > 0 ? EngagementUnits.Values(readings.Engagement) : [];
        if (readings.Conversion is { } conversion)
        {
            Put(values, ConversionUnits.Values(conversion, grossMargin));
        }
        // Comment shares describe the posts in scope: without posts there are none to describe.
        if (posts > 0 && readings.Comments is { } tally)
        {
            Put(values, CommentUnits.Values(tally));
        }
        Put(values, SurveyUnits.Values(readings.TrustScores, readings.NpsAnswers, readings.ParasocialScores, readings.AuthenticityScores));
        if (readings.RepeatRate is { } repeat)
        {
            values[Metrics.RepeatRate.Name] = repeat.Value;
        }
        Put(values, PostTimingUnits.Values(readings.PostTimings));
        // The score needs posts to mean anything; an audit alone still brings fake share and adjusted reach.
        if (readings.QualityScore is { } score && (posts > 0 || readings.FakeShare is not null))
        {
            Put(values, AuthenticityUnits.Values(score, readings.FakeShare, readings.Followers));
        }
        if (posts == 0 && values.Count == 0)
        {
            return null;
        }
        return new InfluencerUnit(readings.Id, readings.Handle, readings.Tier, posts, values)
        {
            Platform = readings.Platform,
            DisplayName = readings.DisplayName,
            CostMinor = readings.Conversion is { Spend.Count: > 0 } spent ? spent.CostMinor : null,
            Estimates = Estimates(readings, values),
        };
    }

    /// <summary>The counts and intervals behind the row's values, each only where the row has the value.</summary>
    private static Dictionary<string, Estimate> Estimates(InfluencerReadings readings, Dictionary<string, double> values)
    {
        var shares = readings.Comments is { } tally ? CommentShares.Of(tally) : null;
        var candidates = new (MetricDefinition Metric, Estimate? Estimate)[]
        {
            (Metrics.ConversionRate, readings.Conversion?.ConversionInterval),
            (Metrics.TrustScore, ScaleScore.Mean(readings.TrustScores)),
            (Metrics.Nps, NetPromoterScore.Of(readings.NpsAnswers)),
            (Metrics.RepeatRate, readings.RepeatRate),
            (Metrics.PositiveShare, shares?.Positive),
            (Metrics.NegativeShare, shares?.Negative),
            (Metrics.SkepticalShare, shares?.Skeptical),
            (Metrics.IntentShare, shares?.Intent),
            (Metrics.SpamShare, shares?.Spam),
            (Metrics.FakeShare, readings.FakeShare),
        };
        var estimates = new Dictionary<string, Estimate>(StringComparer.Ordinal);
        foreach (var (metric, estimate) in candidates)
        {
            if (estimate is not null && values.ContainsKey(metric.Name))
            {
                estimates[metric.Name] = estimate;
            }
        }
        return estimates;
    }

    private static void Put(Dictionary<string, double> values, Dictionary<string, double> more)
    {
        foreach (var (metric, value) in more)
        {
            values[metric] = value;
        }
    }
}
