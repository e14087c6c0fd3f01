namespace Clout.Core.Reports;

/// <summary>
/// What one campaign cost and returned, in minor units of the report's currency: the cost of its collaborations
/// (fee + product cost + commission), the revenue and orders credited to them, their human clicks, and the
/// impressions and engagements of the campaign's posts. Every ratio is null when its denominator is missing or 0
/// (<see cref="SpendRatios"/>), and <see cref="Roi"/> needs the workspace's gross margin. Revenue and orders are null
/// in a workspace that records no orders at all: no ROAS of 0 or ROI of −100 % for sales nobody reported. Revenue,
/// impressions and engagements are sums of stored figures, so doubles (<see cref="Limits.PlausibleLimits"/>).
/// </summary>
public sealed record CampaignEconomics(
    long CampaignId,
    string Campaign,
    int Collaborations,
    double CostMinor,
    double? RevenueMinor,
    long? Orders,
    long? Clicks,
    double? Impressions,
    double Engagements)
{
    public double? Roas => RevenueMinor is { } revenue ? SpendRatios.Roas(revenue, CostMinor) : null;

    /// <summary>(revenue × margin − cost) / cost; null without a margin (never a guessed one) or without cost.</summary>
    public double? Roi(double? grossMargin) =>
        grossMargin is { } margin && RevenueMinor is { } revenue ? SpendRatios.Roi(revenue, margin, CostMinor) : null;

    public double? CpmMinor => Impressions is { } impressions ? SpendRatios.Cpm(CostMinor, impressions) : null;

    public double? CpeMinor => SpendRatios.Cpe(CostMinor, Engagements);

    public double? CpcMinor => Clicks is { } clicks ? SpendRatios.Cpc(CostMinor, clicks) : null;

    public double? CpaMinor => Orders is { } orders ? SpendRatios.Cpa(CostMinor, orders) : null;
}
