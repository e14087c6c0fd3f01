using System.Globalization;

namespace Clout.Core.Reports;

/// <summary>
/// The five influencers to book again and the five not to. Ranked by ROI when the workspace's margin is set (every
/// influencer with a ROAS then has an ROI), else by ROAS; only influencers with a cost and measured revenue rank. A place
/// at the top needs at least <see cref="MinOrders"/> orders, since a high ROAS on two orders is as much luck as skill;
/// a place at the bottom needs as many orders or a cost of at least the median cost of those ranked, since a large spend
/// that brought little back is a finding whatever the count of orders. The top is drawn from the upper half of the
/// ranking and the bottom from the lower, so nobody is in both lists.
/// </summary>
public static class BookAgain
{
    /// <summary>How many each list names.</summary>
    public const int Count = 5;

    /// <summary>The orders a high return must rest on before it counts as a reason to book again.</summary>
    public const int MinOrders = 5;

    public static BookAgainList Of(IReadOnlyCollection<InfluencerUnit> units, string? currency)
    {
        ArgumentNullException.ThrowIfNull(units);
        var ranked = units.Where(u => u.Values.ContainsKey(Metrics.Roas.Name)).ToList();
        if (ranked.Count == 0)
        {
            return new BookAgainList(Metrics.Roas, [], []);
        }
        var by = ranked.All(u => u.Values.ContainsKey(Metrics.Roi.Name)) ? Metrics.Roi : Metrics.Roas;
        var medianCost = Statistics.Median.Of([.. ranked.Select(u => u.CostMinor ?? 0)]);
        var order = ranked.OrderByDescending(u => u.Values[by.Name]).ThenBy(u => u.Handle, StringComparer.Ordinal).ThenBy(u => u.Id).ToList();
        // The top comes from the upper half of the ranking and the bottom from the lower (the middle one goes up), so a
        // short roster never names one influencer in both lists.
        var upper = (order.Count + 1) / 2;
        var top = order.Take(upper).Where(u => Orders(u) >= MinOrders).Take(Count).ToList();
        var bottom = order.Skip(upper).Reverse().Where(u => Orders(u) >= MinOrders || (u.CostMinor ?? 0) >= medianCost).Take(Count).ToList();
        return new BookAgainList(by, [.. top.Select(u => Pick(u, by, currency))], [.. bottom.Select(u => Pick(u, by, currency))]);
    }

    private static double Orders(InfluencerUnit unit) => unit.Values.GetValueOrDefault(Metrics.Orders.Name);

    /// <summary>"ROI 1.40: spent €1,200, returned €4,080 from 88 orders".</summary>
    private static BookAgainPick Pick(InfluencerUnit unit, MetricDefinition by, string? currency)
    {
        var orders = Orders(unit);
        var reason = string.Create(CultureInfo.InvariantCulture, $"{(by == Metrics.Roi ? "ROI" : "ROAS")} {unit.Values[by.Name]:0.00}: ")
            + InfluencerFlags.SpentReturned(unit, currency)
            + string.Create(CultureInfo.InvariantCulture, $" from {orders:#,0} {(orders == 1 ? "order" : "orders")}");
        return new BookAgainPick(unit, reason);
    }
}
