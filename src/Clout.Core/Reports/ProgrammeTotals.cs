namespace Clout.Core.Reports;

/// <summary>
/// The whole programme in a report's scope, summed over the influencers with collaborations in it: what was spent, the
/// revenue and orders attributed to them, and the returns those give. Money in minor units of the report's currency.
/// Revenue and orders are null when the workspace records no orders; <see cref="Roi"/> needs the gross margin.
/// </summary>
public sealed record ProgrammeTotals(double SpendMinor, double? RevenueMinor, long? Orders, double? GrossMargin)
{
    public static ProgrammeTotals Of(IEnumerable<InfluencerConversion> conversions, double? grossMargin)
    {
        ArgumentNullException.ThrowIfNull(conversions);
        double spend = 0;
        double? revenue = null;
        long? orders = null;
        foreach (var c in conversions)
        {
            spend += c.CostMinor;
            if (c.RevenueMinor is { } r)
            {
                revenue = (revenue ?? 0) + r;
            }
            if (c.Orders is { } o)
            {
                orders = (orders ?? 0) + o;
            }
        }
        return new(spend, revenue, orders, grossMargin);
    }

    /// <summary>Revenue per unit spent; null without revenue or spend.</summary>
    public double? Roas => RevenueMinor is { } revenue ? SpendRatios.Roas(revenue, SpendMinor) : null;

    /// <summary>(revenue × margin − spend) / spend, as the tier report's ROI; null without a margin.</summary>
    public double? Roi => RevenueMinor is { } revenue && GrossMargin is { } margin ? SpendRatios.Roi(revenue, margin, SpendMinor) : null;

    /// <summary>Spend per attributed order; null without orders.</summary>
    public double? CpaMinor => Orders is { } orders ? SpendRatios.Cpa(SpendMinor, orders) : null;
}
