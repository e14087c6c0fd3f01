namespace Clout.Core.Reports;

/// <summary>
/// What one campaign cost and returned, in minor units of the report's currency: the cost of its collaborations
/// (fee + product cost + commission), the revenue and orders credited to them, their human clicks, and the
/// impressions and engagements of the campaign's posts. Every ratio is null when its denominator is missing or 0
/// (<see cref="SpendRatios"/>), and <see cref="Roi"/> needs the workspace's gross margin.
/// </summary>
public sealed record CampaignEconomics(
    long CampaignId,
    string Campaign,
    int Collaborations,
    double CostMinor,
    long RevenueMinor,
    long Orders,
    long? Clicks,
    long? Impressions,
    long Engagements)
{
    public double? Roas => SpendRatios.Roas(RevenueMinor, CostMinor);

    /// <summary>(revenue × margin − cost) / cost; null without a margin (never a guessed one) or without cost.</summary>
    public double? Roi(double? grossMargin) => grossMargin is { } margin ? SpendRatios.Roi(RevenueMinor, margin, CostMinor) : null;

    public double? CpmMinor => Impressions is { } impressions ? SpendRatios.Cpm(CostMinor, impressions) : null;

    public double? CpeMinor => SpendRatios.Cpe(CostMinor, Engagements);

    public double? CpcMinor => Clicks is { } clicks ? SpendRatios.Cpc(CostMinor, clicks) : null;

    public double? CpaMinor => SpendRatios.Cpa(CostMinor, Orders);
}
