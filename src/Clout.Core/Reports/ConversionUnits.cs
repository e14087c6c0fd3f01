using Clout.Core.Campaigns;

namespace Clout.Core.Reports;

/// <summary>
/// Turns an influencer's clicks, orders and spend into the report's per-metric values, skipping what is unknown:
/// no visitors → no conversion rate, no orders → no AOV or CPA, no impressions → no CPM, no cost → no cost ratios.
/// Money is in major units.
/// </summary>
public static class ConversionUnits
{
    /// <param name="conversion">The influencer's clicks, orders, revenue and spend.</param>
    /// <param name="grossMargin">The workspace's gross margin (0.4 = 40 %) for ROI; null: no ROI.</param>
    public static Dictionary<string, double> Values(InfluencerConversion conversion, double? grossMargin = null)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        Put(values, Metrics.Clicks, conversion.Clicks);
        Put(values, Metrics.UniqueVisitors, conversion.UniqueVisitors);
        Put(values, Metrics.Orders, conversion.Orders);
        if (conversion.Orders is { } orders && conversion.UniqueVisitors is { } visitors && visitors > 0)
        {
            values[Metrics.ConversionRate.Name] = (double)orders / visitors;
        }
        if (conversion.RevenueMinor is { } revenue)
        {
            values[Metrics.Revenue.Name] = Major(revenue);
            if (conversion.Orders is { } n && n > 0)
            {
                values[Metrics.Aov.Name] = Major(revenue) / n;
            }
        }
        // Cost 0 means no terms were entered far more often than a truly free deal: no cost ratios rather than zeros.
        var cost = conversion.CostMinor;
        if (conversion.Spend.Count > 0)
        {
            var costMajor = cost / Money.MinorPerMajor;
            Put(values, Metrics.Cpm, conversion.Impressions is { } impressions ? SpendRatios.Cpm(costMajor, impressions) : null);
            Put(values, Metrics.Cpe, conversion.Engagements is { } engagements ? SpendRatios.Cpe(costMajor, engagements) : null);
            Put(values, Metrics.Cpc, conversion.Clicks is { } clicks ? SpendRatios.Cpc(costMajor, clicks) : null);
            Put(values, Metrics.Cpa, conversion.Orders is { } o ? SpendRatios.Cpa(costMajor, o) : null);
            Put(values, Metrics.Roas, conversion.RevenueMinor is { } r ? SpendRatios.Roas(r, cost) : null);
            Put(values, Metrics.Roi, conversion.RevenueMinor is { } earned && grossMargin is { } margin ? SpendRatios.Roi(earned, margin, cost) : null);
        }
        return values;
    }

    // Through the decimal, as the API shows the amount, while it can hold it.
    private static double Major(double minor) => Money.ToMajor(minor) is { } major ? (double)major : minor / Money.MinorPerMajor;

    private static void Put(Dictionary<string, double> values, MetricDefinition metric, double? value)
    {
        if (value is { } v)
        {
            values[metric.Name] = v;
        }
    }
}
