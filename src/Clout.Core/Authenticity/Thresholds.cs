namespace Clout.Core.Authenticity;

/// <summary>Choosing the probability at which a follower is called fake, from scored and labelled profiles.</summary>
public static class Thresholds
{
    /// <summary>The cut that maximises macro F1 (the mean of the fake and real classes' F1, InstaFake's metric).</summary>
    public static double MaxMacroF1(IReadOnlyList<double> probabilities, IReadOnlyList<bool> isFake)
    {
        var best = 0.5;
        var bestScore = double.NegativeInfinity;
        foreach (var cut in Candidates(probabilities))
        {
            var score = ClassifierMetrics.Of(probabilities, isFake, cut).MacroF1;
            if (score > bestScore)
            {
                (best, bestScore) = (cut, score);
            }
        }
        return best;
    }

    /// <summary>The lowest cut (most fakes caught) at which at least <paramref name="specificity"/> of real accounts are cleared.</summary>
    public static double ForSpecificity(IReadOnlyList<double> probabilities, IReadOnlyList<bool> isFake, double specificity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(specificity, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(specificity, 1);
        foreach (var cut in Candidates(probabilities))
        {
            if (ClassifierMetrics.Of(probabilities, isFake, cut).Specificity >= specificity)
            {
                return cut;
            }
        }
        return 0.99;
    }

    /// <summary>Midpoints between distinct scores, ascending, kept inside (0, 1) so a model can store them.</summary>
    private static IEnumerable<double> Candidates(IReadOnlyList<double> probabilities)
    {
        var distinct = probabilities.Distinct().Order().ToArray();
        for (var i = 1; i < distinct.Length; i++)
        {
            yield return Math.Clamp((distinct[i - 1] + distinct[i]) / 2, 1e-6, 1 - 1e-6);
        }
    }
}
