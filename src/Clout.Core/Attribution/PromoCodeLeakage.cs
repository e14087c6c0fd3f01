using System.Globalization;
using Clout.Core.Statistics;

namespace Clout.Core.Attribution;

/// <summary>
/// Flags code orders that the influencer probably did not earn: the code leaked to coupon sites or spread beyond the
/// audience. Only orders without a click of the influencer's own link are suspects; a flag is a reason to look, not
/// a verdict, and it changes no attribution.
/// </summary>
public static class PromoCodeLeakage
{
    /// <summary>
    /// A day is a spike when its code orders exceed median + <see cref="SpikeK"/> · σ̂ of the code's own daily counts,
    /// σ̂ = <see cref="MadToSigma"/> · MAD. Three robust standard deviations is the conservative end of Leys et al.
    /// (2013), so a flag means something; median and MAD are not dragged up by the spike itself.
    /// </summary>
    public const double SpikeK = 3.0;

    /// <summary>MAD × 1.4826 estimates σ for normal data (1 / Φ⁻¹(0.75)).</summary>
    public const double MadToSigma = Statistics.RobustZ.MadToSigma;

    /// <summary>
    /// Counts are whole orders: a perfectly steady code (MAD 0) would otherwise call one extra order a spike, so σ̂ is
    /// at least one order.
    /// </summary>
    public const double MinSigma = 1.0;

    /// <summary>A usual volume needs a history: fewer than 7 days with code orders give no spike flags.</summary>
    public const int MinHistoryDays = 7;

    public static IReadOnlyList<LeakageFlag> Detect(IEnumerable<CodeOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var flags = new List<LeakageFlag>();
        foreach (var code in orders.GroupBy(o => o.CollaborationId).OrderBy(g => g.Key))
        {
            var spikes = SpikeDays(code);
            foreach (var order in code.OrderBy(o => o.OccurredAtUtc).ThenBy(o => o.OrderId, StringComparer.Ordinal))
            {
                if (order.HasOwnClick)
                {
                    continue;
                }
                var whose = order.ClickCollaborationId is null ? "no click on any tracking link" : "a click on another collaboration's link only";
                if (CouponSites.Match(order.Referrer) is { } site)
                {
                    flags.Add(new LeakageFlag(order.OrderId, code.Key, LeakageKind.CouponSite,
                        $"code used with {whose}, arriving from the coupon site {site}"));
                }
                if (spikes.TryGetValue(order.OccurredAtUtc.Date, out var spike))
                {
                    flags.Add(new LeakageFlag(order.OrderId, code.Key, LeakageKind.VolumeSpike, string.Create(CultureInfo.InvariantCulture,
                        $"code used with {whose} on {order.OccurredAtUtc:yyyy-MM-dd}, a day with {spike.Count} code orders; this code usually gets {spike.Median:0.#} a day (spike above {spike.Threshold:0.#} = median + {SpikeK:0.#} × 1.4826 × MAD)")));
                }
            }
        }
        return flags;
    }

    /// <summary>The robust threshold for daily code orders, or null with too little history.</summary>
    public static double? SpikeThreshold(IReadOnlyCollection<int> dailyCounts)
    {
        ArgumentNullException.ThrowIfNull(dailyCounts);
        if (dailyCounts.Count < MinHistoryDays)
        {
            return null;
        }
        var median = Median.Of([.. dailyCounts.Select(c => (double)c)]);
        var mad = Median.Of([.. dailyCounts.Select(c => Math.Abs(c - median))]);
        return median + (SpikeK * Math.Max(MadToSigma * mad, MinSigma));
    }

    private static Dictionary<DateTime, (int Count, double Median, double Threshold)> SpikeDays(IEnumerable<CodeOrder> code)
    {
        // Every code order counts towards the volume, clicked or not: the spike is in how often the code is used.
        var daily = code.GroupBy(o => o.OccurredAtUtc.Date).ToDictionary(g => g.Key, g => g.Count());
        var spikes = new Dictionary<DateTime, (int, double, double)>();
        if (SpikeThreshold(daily.Values) is not { } threshold)
        {
            return spikes;
        }
        var median = Median.Of([.. daily.Values.Select(c => (double)c)]);
        foreach (var (day, count) in daily)
        {
            if (count > threshold)
            {
                spikes[day] = (count, median, threshold);
            }
        }
        return spikes;
    }
}
