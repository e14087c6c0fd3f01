using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// An influencer's tracking and sales over its collaborations in scope. Null means "not measured" (no tracking
/// link, or the workspace records no clicks / no orders at all), which the report leaves out; 0 is a measured zero.
/// Revenue, impressions and engagements are sums of stored figures, so doubles (<see cref="Limits.PlausibleLimits"/>).
/// </summary>
public sealed record InfluencerConversion(
    long? Clicks,
    long? UniqueVisitors,
    long? Orders,
    double? RevenueMinor,
    IReadOnlyList<CollaborationSpend> Spend)
{
    /// <summary>Impressions of the influencer's campaign posts in scope; null when no post reports them.</summary>
    public double? Impressions { get; init; }

    /// <summary>Interactions (likes, comments, shares, saves) on the influencer's campaign posts in scope; null without posts.</summary>
    public double? Engagements { get; init; }

    /// <summary>Total cost in minor units over the collaborations in scope.</summary>
    public double CostMinor => Spend.Sum(s => s.CostMinor);

    /// <summary>
    /// Orders per unique visitor with its 95 % Wilson interval. Null without visitors, and when orders exceed visitors:
    /// code and survey orders can come from people who never clicked, and then the rate is no proportion to bound.
    /// </summary>
    public Estimate? ConversionInterval =>
        Orders is { } orders && UniqueVisitors is { } visitors && visitors > 0 && orders <= visitors ? Wilson.Interval(orders, visitors) : null;
}
