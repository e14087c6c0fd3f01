namespace Clout.Core.Statistics;

/// <summary>A ratio A / B with its 95 % interval [Low, High].</summary>
public sealed record RatioInterval(double Ratio, double Low, double High);
