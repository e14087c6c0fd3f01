using System.Globalization;
using Clout.Core.Statistics;

namespace Clout.Core.Authenticity;

/// <summary>
/// The fake-follower part of an audit: each sampled follower classified, and the account's fake share estimated as
/// the share of the sample called fake, with a Wilson 95 % interval. The interval is about sampling (which followers
/// happened to be drawn), not about the classifier's own errors, whose rates docs/authenticity.md reports.
/// </summary>
public static class FollowerAudit
{
    /// <summary>
    /// The largest sample an audit scores at once. Ten thousand followers put the interval within ±1 point; a larger
    /// file is almost always a whole follower export by mistake, and it would be held in memory.
    /// </summary>
    public const int MaxSample = 100_000;

    /// <summary>The margin a sample size is planned for: ±5 points, as audit vendors quote.</summary>
    public const double PlannedMargin = 0.05;

    public static FakeShareEstimate Run(IReadOnlyList<FollowerProfile> sample, FakeFollowerModel model)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(model);
        if (sample.Count == 0)
        {
            throw new ArgumentException("The follower sample is empty; an audit needs at least one profile.", nameof(sample));
        }
        if (sample.Count > MaxSample)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The follower sample has {sample.Count:N0} profiles; at most {MaxSample:N0} are scored at once (10,000 already give ±1 point)."), nameof(sample));
        }
        var probabilities = new double[sample.Count];
        Span<double> features = stackalloc double[ProfileFeatures.Count];
        var fakes = 0;
        for (var i = 0; i < sample.Count; i++)
        {
            ProfileFeatures.Fill(sample[i], features);
            probabilities[i] = model.FakeProbability(features);
            if (probabilities[i] >= model.Threshold)
            {
                fakes++;
            }
        }
        var share = Wilson.Interval(fakes, sample.Count)!;
        return new FakeShareEstimate(share, fakes, probabilities, SampleSizeFor(share, PlannedMargin), model.Source);
    }

    /// <summary>
    /// Followers to sample for a 95 % interval of ±<paramref name="margin"/>: n = z²·p(1−p)/margin², with p the value in
    /// the current interval nearest one half (the most demanding plausible truth), so the plan does not promise a
    /// precision the data cannot yet exclude. 385 at p = 0.5 and ±5 points.
    /// </summary>
    public static int SampleSizeFor(Estimate share, double margin)
    {
        ArgumentNullException.ThrowIfNull(share);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(margin, 0);
        var low = share.Low ?? 0;
        var high = share.High ?? 1;
        var p = Math.Clamp(0.5, low, high);
        return (int)Math.Ceiling(Wilson.Z95 * Wilson.Z95 * p * (1 - p) / (margin * margin));
    }
}
