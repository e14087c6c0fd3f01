namespace Clout.Core.Planning;

/// <summary>
/// A tier's spread of a share (engagements per account reached) as a Beta prior with mean <see cref="Mean"/> and
/// variance <see cref="Variance"/> across its influencers. An influencer with k engagements out of n reached has the
/// posterior Beta(a + k, b + n − k), a = Mean·M, b = (1 − Mean)·M, M = Mean(1 − Mean)/Variance − 1; its mean (a + k)/(M + n)
/// pulls the own rate k/n toward the tier's. Variance 0: every influencer gets the tier mean.
/// </summary>
public sealed record BetaBinomialPrior(double Mean, double Variance)
{
    /// <summary>
    /// The binomial analogue of Marshall's estimator, over influencers with n_i &gt; 0: m = Σk / Σn;
    /// s² = Σ n_i (k_i/n_i − m)² / Σn; Variance = max(0, s² − m(1 − m) / n̄) with n̄ = Σn / count, capped below
    /// m(1 − m) (a Beta's variance cannot reach it). Null without any trials.
    /// </summary>
    public static BetaBinomialPrior? Fit(IReadOnlyCollection<(double Successes, double Trials)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var observed = units.Where(u => u.Trials > 0).ToList();
        if (observed.Count == 0)
        {
            return null;
        }
        var trials = observed.Sum(u => u.Trials);
        var mean = observed.Sum(u => u.Successes) / trials;
        var spread = observed.Sum(u => u.Trials * Math.Pow((u.Successes / u.Trials) - mean, 2)) / trials;
        var variance = Math.Max(0, spread - (mean * (1 - mean) / (trials / observed.Count)));
        // Keep the prior a proper Beta: its prior sample size M must stay positive.
        return new BetaBinomialPrior(mean, Math.Min(variance, mean * (1 - mean) * MaxVarianceShare));
    }

    /// <summary>A Beta's variance is Mean(1 − Mean)/(M + 1), below Mean(1 − Mean) for any M &gt; 0; 0.99 keeps M ≥ 0.0101.</summary>
    private const double MaxVarianceShare = 0.99;

    public double PosteriorMean(double successes, double trials) =>
        IsPoint ? Mean : (successes + (Mean * PriorSize)) / (trials + PriorSize);

    public double SamplePosterior(Random random, double successes, double trials) =>
        IsPoint ? Mean : MathNet.Numerics.Distributions.Beta.Sample(random, successes + (Mean * PriorSize), trials - successes + ((1 - Mean) * PriorSize));

    private bool IsPoint => Variance <= 0 || Mean <= 0 || Mean >= 1;

    private double PriorSize => (Mean * (1 - Mean) / Variance) - 1;
}
