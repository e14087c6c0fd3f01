namespace Clout.Core.Statistics;

/// <summary>
/// How group A compares with group B on one metric: the ratio of their summaries with a 95 % interval,
/// and the probability that A's true value is higher than B's.
/// </summary>
public sealed record Contrast(double Ratio, double Low, double High, double ProbabilityABetter, int NA, int NB)
{
    /// <summary>True when the interval excludes 1, i.e. the data tell the groups apart.</summary>
    public bool IsClear => Low > 1 || High < 1;
}
