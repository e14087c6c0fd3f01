namespace Clout.Core.Planning;

/// <summary>
/// A tier's spread of a rate (orders per post, reach per follower per post) as a Gamma prior with mean
/// <see cref="Mean"/> and variance <see cref="Variance"/> across its influencers. An influencer with count X over exposure e
/// then has the posterior Gamma(Mean²/Variance + X, Mean/Variance + e), whose mean
/// (X + Mean²/Variance) / (e + Mean/Variance) is the own rate X/e pulled toward the tier's by the weight of evidence.
/// Variance 0 means the tier's accounts do not differ beyond chance: every influencer gets the tier mean.
/// </summary>
public sealed record GammaPoissonPrior(double Mean, double Variance)
{
    /// <summary>
    /// Marshall's (1991) method-of-moments estimator, over influencers with exposure e_i &gt; 0 and count X_i:
    /// m = ΣX / Σe (the pooled rate); s² = Σ e_i (X_i/e_i − m)² / Σe (the exposure-weighted variance of the own rates);
    /// Variance = max(0, s² − m / ē) with ē = Σe / k, removing the part of s² that Poisson noise alone would give.
    /// No influencer with exposure: null (nothing to learn from).
    /// </summary>
    public static GammaPoissonPrior? Fit(IReadOnlyCollection<(double Count, double Exposure)> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var observed = units.Where(u => u.Exposure > 0).ToList();
        if (observed.Count == 0)
        {
            return null;
        }
        var exposure = observed.Sum(u => u.Exposure);
        var mean = observed.Sum(u => u.Count) / exposure;
        var spread = observed.Sum(u => u.Exposure * Math.Pow((u.Count / u.Exposure) - mean, 2)) / exposure;
        var variance = Math.Max(0, spread - (mean / (exposure / observed.Count)));
        return new GammaPoissonPrior(mean, variance);
    }

    /// <summary>The posterior mean of one influencer's rate.</summary>
    public double PosteriorMean(double count, double exposure) =>
        Variance > 0 && Mean > 0 ? (count + Shape) / (exposure + Rate) : Mean;

    /// <summary>Draws the influencer's rate from its posterior (the tier mean itself when the prior is a point).</summary>
    public double SamplePosterior(Random random, double count, double exposure) =>
        Variance > 0 && Mean > 0 ? MathNet.Numerics.Distributions.Gamma.Sample(random, count + Shape, exposure + Rate) : Mean;

    private double Shape => Mean * Mean / Variance;

    private double Rate => Mean / Variance;
}
