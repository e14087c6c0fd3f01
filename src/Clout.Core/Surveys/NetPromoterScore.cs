using Clout.Core.Statistics;

namespace Clout.Core.Surveys;

/// <summary>
/// Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6), in points from −100 to 100, with a
/// 95 % interval from the variance of the difference of two shares of one multinomial sample:
/// SE = √((p + d − (p − d)²) / n).
/// </summary>
public static class NetPromoterScore
{
    public const int PromoterFrom = 9;
    public const int DetractorUpTo = 6;
    private const double Points = 100;

    /// <summary>Null without answers. Answers outside 0–10 are refused.</summary>
    public static Estimate? Of(IReadOnlyCollection<int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Any(a => a is < 0 or > 10))
        {
            throw new ArgumentOutOfRangeException(nameof(answers), "NPS answers are whole numbers from 0 to 10.");
        }
        if (answers.Count == 0)
        {
            return null;
        }
        double n = answers.Count;
        var promoters = answers.Count(a => a >= PromoterFrom) / n;
        var detractors = answers.Count(a => a <= DetractorUpTo) / n;
        var score = promoters - detractors;
        var standardError = Math.Sqrt((promoters + detractors - (score * score)) / n);
        var half = Wilson.Z95 * standardError;
        return new Estimate(score * Points, Math.Max(-Points, (score - half) * Points), Math.Min(Points, (score + half) * Points), answers.Count);
    }
}
