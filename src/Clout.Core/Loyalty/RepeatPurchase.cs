using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Loyalty;

/// <summary>
/// Do the customers an influencer brought in come back? A customer belongs to the influencer its <em>first</em> order
/// was credited to; it is a repeater when it placed another order within the window, i.e. in [first, first + window).
/// Only customers whose window ended by "now" count (a customer from last week has not had 90 days to return), so rates
/// of old and young cohorts compare fairly.
/// </summary>
public static class RepeatPurchase
{
    /// <summary>90 days: a quarter, the horizon over which brands usually judge whether a channel's buyers stay.</summary>
    public const int DefaultWindowDays = 90;

    /// <param name="orders">All orders of the workspace in the period of interest (first orders and repeats alike).</param>
    /// <param name="tiers">Tier of every influencer that orders are credited to.</param>
    /// <param name="asOfUtc">"Now", injected: a customer counts when first + window ≤ now.</param>
    public static RepeatPurchaseReport Compute(IReadOnlyCollection<CustomerOrder> orders, IReadOnlyDictionary<long, Tier> tiers,
        DateTime asOfUtc, int windowDays = DefaultWindowDays)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        if (asOfUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("The as-of time must be UTC.", nameof(asOfUtc));
        }
        var window = TimeSpan.FromDays(windowDays);
        var cohorts = new Dictionary<long, List<TimeSpan?>>();
        var tooRecent = 0;
        foreach (var customer in orders.GroupBy(o => o.CustomerId, StringComparer.Ordinal))
        {
            // Ties on time are broken by order id so that the same data always give the same first order.
            var sorted = customer.OrderBy(o => o.OrderedAtUtc).ThenBy(o => o.OrderId, StringComparer.Ordinal).ToList();
            var first = sorted[0];
            if (first.InfluencerId is not { } influencer)
            {
                continue;
            }
            if (!tiers.ContainsKey(influencer))
            {
                throw new ArgumentException($"Order {first.OrderId} is credited to influencer {influencer}, which has no tier.", nameof(tiers));
            }
            if (first.OrderedAtUtc + window > asOfUtc)
            {
                tooRecent++;
                continue;
            }
            TimeSpan? gap = sorted.Count > 1 ? sorted[1].OrderedAtUtc - first.OrderedAtUtc : null;
            if (!cohorts.TryGetValue(influencer, out var gaps))
            {
                cohorts[influencer] = gaps = [];
            }
            gaps.Add(gap);
        }

        var influencers = cohorts
            .OrderBy(c => c.Key)
            .Select(c => new InfluencerRepeat(c.Key, tiers[c.Key], Rate(c.Value, window)))
            .ToList();
        var byTier = new List<TierRepeat>();
        foreach (var tier in Enum.GetValues<Tier>())
        {
            var members = cohorts.Where(c => tiers[c.Key] == tier).ToList();
            if (members.Count == 0)
            {
                continue;
            }
            var gaps = members.SelectMany(m => m.Value).ToList();
            byTier.Add(new TierRepeat(tier, members.Count, Rate(gaps, window), RetentionCurve.Of(gaps, windowDays)));
        }
        return new RepeatPurchaseReport(asOfUtc, windowDays, influencers, byTier, tooRecent);
    }

    private static RepeatRate Rate(List<TimeSpan?> gaps, TimeSpan window)
    {
        var repeaters = gaps.Count(g => g is { } gap && gap < window);
        return new RepeatRate(gaps.Count, repeaters, Wilson.Interval(repeaters, gaps.Count));
    }
}
