
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
            values[Metrics.RepeatRate.Name] = repeat;
        }
        Put(values, PostTimingUnits.Values(readings.PostTimings));
        // The score needs posts to mean anything; an audit alone still brings fake share and adjusted reach.
        if (readings.QualityScore is { } score && (posts > 0 || readings.FakeShare is not null))
        {
            Put(values, AuthenticityUnits.Values(score, readings.FakeShare, readings.Followers));
        }
        return posts > 0 || values.Count > 0 ? new InfluencerUnit(readings.Id, readings.Handle, readings.Tier, posts, values) : null;
    }

    private static void Put(Dictionary<string, double> values, Dictionary<string, double> more)
    {
        foreach (var (metric, value) in more)
        {
            values[metric] = value;
        }
    }
}
