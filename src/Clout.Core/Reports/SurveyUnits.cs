using Clout.Core.Surveys;

namespace Clout.Core.Reports;

/// <summary>
/// An influencer's survey values for the tier report: the mean trust score of the respondents who rated it and the
/// NPS of the responses about it. Absent, never 0, without answers: the report shows no figure rather than a false zero.
/// </summary>
public static class SurveyUnits
{
    public static Dictionary<string, double> Values(IReadOnlyCollection<double> trustScores, IReadOnlyCollection<int> npsAnswers)
    {
        ArgumentNullException.ThrowIfNull(trustScores);
        ArgumentNullException.ThrowIfNull(npsAnswers);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (ScaleScore.Mean(trustScores) is { } trust)
        {
            values[Metrics.TrustScore.Name] = trust.Value;
        }
        if (NetPromoterScore.Of(npsAnswers) is { } nps)
        {
            values[Metrics.Nps.Name] = nps.Value;
        }
        return values;
    }
}
