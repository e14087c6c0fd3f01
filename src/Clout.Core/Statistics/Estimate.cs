namespace Clout.Core.Statistics;

/// <summary>
/// A figure with its 95 % interval and the number of independent units (influencers) behind it.
/// Low and High are null when there are too few units to say anything about the spread.
/// </summary>
public sealed record Estimate(double Value, double? Low, double? High, int N)
{
    public bool HasInterval => Low is not null && High is not null;
}
