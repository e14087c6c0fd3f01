namespace Clout.Core.Statistics;

/// <summary>
/// The ratio of two independent proportions, (xA/nA) / (xB/nB), e.g. a tier's pooled conversion rate over
/// another's, with the Katz log interval (Katz et al. 1978): log(ratio) ± z·√(1/xA − 1/nA + 1/xB − 1/nB).
/// It is statsmodels' <c>confint_proportions_2indep(method="log", compare="ratio")</c>, and the fixtures check it
/// against that. Pooled counts treat every visitor as an independent draw; when the accounts of a tier differ,
/// prefer <see cref="Bootstrap.PooledRateRatio"/>, which resamples whole influencers.
/// </summary>
public static class ProportionRatio
{
    /// <summary>
    /// The ratio with its 95 % Katz interval. Null when either side has no successes or no trials: the log
    /// of a zero rate does not exist, and a ratio of 0 or ∞ has no honest interval on this method.
    /// </summary>
    public static RatioInterval? Katz(long successesA, long trialsA, long successesB, long trialsB)
    {
        Check(successesA, trialsA, nameof(successesA));
        Check(successesB, trialsB, nameof(successesB));
        if (successesA == 0 || successesB == 0)
        {
            return null;
        }
        var ratio = ((double)successesA / trialsA) / ((double)successesB / trialsB);
        var se = Math.Sqrt((1.0 / successesA) - (1.0 / trialsA) + (1.0 / successesB) - (1.0 / trialsB));
        var spread = Math.Exp(Wilson.Z95 * se);
        return new RatioInterval(ratio, ratio / spread, ratio * spread);
    }

    /// <summary>
    /// A against B on pooled counts: the Katz interval and the Beta-binomial P(rate A &gt; rate B), with the number of
    /// influencers behind each side (the minimum-evidence rule counts accounts, not visitors). Null when Katz has no interval.
    /// </summary>
    public static Contrast? Contrast(long successesA, long trialsA, int influencersA, long successesB, long trialsB, int influencersB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(influencersA);
        ArgumentOutOfRangeException.ThrowIfNegative(influencersB);
        return Katz(successesA, trialsA, successesB, trialsB) is { } interval
            ? new Contrast(interval.Ratio, interval.Low, interval.High,
                BetaPosterior.ProbabilityAHigher(successesA, trialsA, successesB, trialsB), influencersA, influencersB)
            : null;
    }

    internal static void Check(long successes, long trials, string name)
    {
        if (successes < 0 || trials < 0)
        {
            throw new ArgumentOutOfRangeException(name, successes, "Counts cannot be negative.");
        }
        if (successes > trials)
        {
            throw new ArgumentOutOfRangeException(name, successes, $"Successes ({successes}) cannot exceed trials ({trials}).");
        }
    }
}
