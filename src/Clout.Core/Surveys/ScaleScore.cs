using Clout.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace Clout.Core.Surveys;

/// <summary>
/// The mean of respondents' scale scores (e.g. the mean of their five 7-point trustworthiness items) with a 95 %
/// Student-t interval: the right interval for a mean of a few dozen bounded answers.
/// </summary>
public static class ScaleScore
{
    private const double Confidence = 0.975;

    /// <summary>Null without scores; without an interval for a single score.</summary>
    public static Estimate? Mean(IReadOnlyCollection<double> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            return null;
        }
        var mean = scores.Average();
        if (scores.Count < 2)
        {
            return new Estimate(mean, null, null, scores.Count);
        }
        var sd = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (scores.Count - 1));
        var half = StudentT.InvCDF(0, 1, scores.Count - 1, Confidence) * sd / Math.Sqrt(scores.Count);
        return new Estimate(mean, mean - half, mean + half, scores.Count);
    }

    /// <summary>One respondent's score on a multi-item scale: the mean of the items answered, null if none.</summary>
    public static double? Of(IEnumerable<double?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var answered = items.Where(i => i is not null).Select(i => i!.Value).ToList();
        return answered.Count == 0 ? null : answered.Average();
    }
}
