using Clout.Core.Statistics;

namespace Clout.Core.Authenticity;

/// <summary>
/// The share of an account's followers estimated fake, with its 95 % interval (Share.Low..High, Share.N = the sample),
/// how many sampled profiles were called fake, each profile's probability in the sample's order, and the sample size
/// a ±5-point interval needs.
/// </summary>
public sealed record FakeShareEstimate(Estimate Share, int FakeCount, IReadOnlyList<double> Probabilities,
    int SampleNeededForFivePoints, string ModelSource)
{
    public int SampleSize => Share.N;

    /// <summary>True when the sample already gives ±5 points or better.</summary>
    public bool SampleIsEnough => SampleSize >= SampleNeededForFivePoints;
}
