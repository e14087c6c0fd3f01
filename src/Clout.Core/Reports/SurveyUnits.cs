using Clout.Core.Surveys;

namespace Clout.Core.Reports;

/// <summary>
/// An influencer's survey values for the tier report: the mean trust, parasocial and authenticity scores of the
/// respondents who rated it and the NPS of the responses about it. Absent, never 0, without answers: the report shows
/// no figure rather than a false zero.
/// </summary>
public static class SurveyUnits
{
    public static Dictionary<string, double> Values(IReadOnlyCollection<double> trustScores, IReadOnlyCollection<int> npsAnswers,
        IReadOnlyCollection<double>? parasocialScores = null, IReadOnlyCollection<double>? authenticityScores = null)
    {
        ArgumentNullException.ThrowIfNull(trustScores);
        ArgumentNullException.ThrowIfNull(npsAnswers);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        Mean(values, Metrics.TrustScore, trustScores);
        Mean(values, Metrics.ParasocialScore, parasocialScores ?? []);
        Mean(values, Metrics.AuthenticityScore, authenticityScores ?? []);
        if (NetPromoterScore.Of(npsAnswers) is { } nps)
        {
            values[Metrics.Nps.Name] = nps.Value;
        }
        return values;
    }

    private static void Mean(Dictionary<string, double> values, MetricDefinition metric, IReadOnlyCollection<double> scores)
    {
        if (ScaleScore.Mean(scores) is { } mean)
        {
            values[metric.Name] = mean.Value;
        }
    }
}
