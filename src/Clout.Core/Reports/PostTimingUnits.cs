using Clout.Core.Loyalty;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// An influencer's sales dynamics over its campaign posts: the first-48-hour share pooled over the orders of all its
/// posts (a post with 2 orders should not weigh like one with 200), and the median half-life of the posts with a fit.
/// </summary>
public static class PostTimingUnits
{
    public static Dictionary<string, double> Values(IEnumerable<PostOrderTiming> timings)
    {
        ArgumentNullException.ThrowIfNull(timings);
        long orders = 0, first48h = 0;
        var halfLives = new List<double>();
        foreach (var timing in timings)
        {
            orders += timing.Orders;
            first48h += timing.OrdersFirst48h;
            if (timing.Decay is { } decay)
            {
                halfLives.Add(decay.HalfLifeDays);
            }
        }
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        if (orders > 0)
        {
            values[Metrics.SpikeShare.Name] = (double)first48h / orders;
        }
        if (halfLives.Count > 0)
        {
            values[Metrics.OrderHalfLife.Name] = Median.Of([.. halfLives]);
        }
        return values;
    }
}
