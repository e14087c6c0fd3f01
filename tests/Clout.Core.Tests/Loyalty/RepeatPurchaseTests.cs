using Clout.Core.Loyalty;
using Clout.Core.Roster;

namespace Clout.Core.Tests.Loyalty;

public sealed class RepeatPurchaseTests
{
    private const long Micro = 1;
    private const long Celebrity = 2;
    private static readonly DateTime AsOf = new(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly Dictionary<long, Tier> Tiers = new() { [Micro] = Tier.Micro, [Celebrity] = Tier.Celebrity };

    private static DateTime Day(int month, int day) => new(2026, month, day, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>Eight customers; the comments give each one's fate under the default 90-day window.</summary>
    private static List<CustomerOrder> Orders()
    {
        var c3First = Day(2, 1);
        var c4First = Day(2, 1).AddHours(1);
        var c7First = Day(1, 20);
        return
        [
            new("o1", "c1", Day(1, 1), Micro),                         // micro, back after exactly 14 days: repeater
            new("o2", "c1", Day(1, 15), null),
            new("o3", "c2", Day(1, 10), Micro),                        // micro, never back
            new("o4", "c3", c3First, Micro),                           // micro, back at first + 90 days: outside [first, first + 90 d)
            new("o5", "c3", c3First.AddDays(90), Micro),
            new("o6", "c4", c4First, Micro),                           // micro, back one second before the window ends: repeater
            new("o7", "c4", c4First.AddDays(90).AddSeconds(-1), null),
            new("o8", "c5", Day(1, 5), null),                          // first order not attributed: in no cohort
            new("o9", "c5", Day(1, 9), Celebrity),
            new("o10", "c6", Day(5, 1), Celebrity),                    // celebrity, 31 days old: too recent for 90 days
            new("o11", "c7", c7First, Celebrity),                      // celebrity, back two hours later: repeater on day 0
            new("o12", "c7", c7First.AddHours(2), null),
            new("o13", "c8", Day(1, 3), Celebrity),                    // celebrity, never back
            new("o14", "c9", AsOf.AddDays(-90), Celebrity),            // celebrity, window ends exactly now: counted
        ];
    }

    [Fact]
    public void Compute_PerInfluencer_CountsMatureFirstTimeCustomersAndRepeaters()
    {
        var report = RepeatPurchase.Compute(Orders(), Tiers, AsOf);

        Assert.Equal(90, report.WindowDays);
        Assert.Equal(1, report.TooRecent);
        var micro = Assert.Single(report.Influencers, i => i.InfluencerId == Micro).Repeat;
        Assert.Equal((4, 2), (micro.Customers, micro.Repeaters));      // c1 c2 c3 c4; c1 and c4 came back
        Assert.Equal(0.5, micro.Rate!.Value, 1e-12);
        var celebrity = Assert.Single(report.Influencers, i => i.InfluencerId == Celebrity).Repeat;
        Assert.Equal((3, 1), (celebrity.Customers, celebrity.Repeaters)); // c7 c8 c9; c7 came back
    }

    [Fact]
    public void Compute_RateCarriesAWilsonInterval()
    {
        var micro = RepeatPurchase.Compute(Orders(), Tiers, AsOf).Influencers.Single(i => i.InfluencerId == Micro).Repeat.Rate!;

        // Wilson for 2/4: centre (0.5 + 1.9208/4) / (1 + 3.8415/4) = 0.5; half-width 1.96/1.9604 · √(0.0625 + 0.06002) = 0.3499.
        Assert.Equal(0.1500, micro.Low!.Value, 1e-4);
        Assert.Equal(0.8500, micro.High!.Value, 1e-4);
    }

    [Fact]
    public void Compute_PerTier_PoolsCustomersAndDrawsTheRetentionCurve()
    {
        var report = RepeatPurchase.Compute(Orders(), Tiers, AsOf);

        var micro = Assert.Single(report.Tiers, t => t.Tier == Tier.Micro);
        Assert.Equal(1, micro.Influencers);
        Assert.Equal(90, micro.Curve.Shares.Count);
        // c1 returned after exactly 14 days (counted by day 15), c4 on day 89 (by day 90), of 4 customers.
        Assert.Equal(0.0, micro.Curve.Shares[13]);
        Assert.Equal(0.25, micro.Curve.Shares[14]);
        Assert.Equal(0.25, micro.Curve.Shares[88]);
        Assert.Equal(0.5, micro.Curve.Shares[89]);
        Assert.Equal(micro.Repeat.Rate!.Value, micro.Curve.Shares[^1]);

        var celebrity = Assert.Single(report.Tiers, t => t.Tier == Tier.Celebrity);
        Assert.Equal(1.0 / 3, celebrity.Curve.Shares[0], 1e-12);
        Assert.Equal(1.0 / 3, celebrity.Curve.Shares[^1], 1e-12);
        Assert.DoesNotContain(report.Tiers, t => t.Tier == Tier.Nano);
    }

    [Fact]
    public void Compute_ShorterWindow_ChangesWhoIsMatureAndWhoRepeats()
    {
        var report = RepeatPurchase.Compute(Orders(), Tiers, AsOf, windowDays: 30);

        // c4's second order came after 89 days: no repeat within 30. c6 (May 1) has now had its 30 days.
        var micro = report.Influencers.Single(i => i.InfluencerId == Micro).Repeat;
        Assert.Equal((4, 1), (micro.Customers, micro.Repeaters));
        var celebrity = report.Influencers.Single(i => i.InfluencerId == Celebrity).Repeat;
        Assert.Equal((4, 1), (celebrity.Customers, celebrity.Repeaters));
        Assert.Equal(0, report.TooRecent);
    }

    [Fact]
    public void Compute_SameInstant_OrderIdDecidesTheFirstOrder()
    {
        var at = Day(1, 2);
        List<CustomerOrder> orders = [new("b", "c", at, null), new("a", "c", at, Micro)];

        var micro = Assert.Single(RepeatPurchase.Compute(orders, Tiers, AsOf).Influencers).Repeat;

        Assert.Equal((1, 1), (micro.Customers, micro.Repeaters));
    }

    [Fact]
    public void Compute_AnyOrderOfTheOrders_SameAsSortingEachCustomersOrders()
    {
        // 2,000 customers with 1-4 orders each, times on a coarse grid so that ties are common, given in a random order.
        var random = new Random(17);
        var orders = new List<CustomerOrder>();
        for (var c = 0; c < 2_000; c++)
        {
            for (var k = random.Next(1, 5); k > 0; k--)
            {
                orders.Add(new CustomerOrder($"o{random.Next(1_000_000)}", $"c{c}", Day(1, 1).AddDays(random.Next(0, 40) * 3),
                    random.Next(3) switch { 0 => null, 1 => Micro, _ => Celebrity }));
            }
        }
        var shuffled = orders.OrderBy(_ => random.Next()).ToList();

        // The reference: each customer's orders sorted by time, then order id; the first decides, the second is the return.
        var expected = new Dictionary<long, (int Customers, int Repeaters)>();
        foreach (var customer in orders.GroupBy(o => o.CustomerId))
        {
            var sorted = customer.OrderBy(o => o.OrderedAtUtc).ThenBy(o => o.OrderId, StringComparer.Ordinal).ToList();
            if (sorted[0].InfluencerId is not { } influencer || sorted[0].OrderedAtUtc.AddDays(90) > AsOf)
            {
                continue;
            }
            var back = sorted.Count > 1 && sorted[1].OrderedAtUtc - sorted[0].OrderedAtUtc < TimeSpan.FromDays(90);
            var (n, r) = expected.GetValueOrDefault(influencer);
            expected[influencer] = (n + 1, r + (back ? 1 : 0));
        }

        foreach (var given in new[] { orders, shuffled })
        {
            var report = RepeatPurchase.Compute(given, Tiers, AsOf);
            Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (e.Key, e.Value.Customers, e.Value.Repeaters)),
                report.Influencers.Select(i => (i.InfluencerId, i.Repeat.Customers, i.Repeat.Repeaters)));
        }
        Assert.Equal(RepeatPurchase.Compute(orders, Tiers, AsOf).Tiers.Select(t => t.Curve.Shares.ToList()),
            RepeatPurchase.Compute(shuffled, Tiers, AsOf).Tiers.Select(t => t.Curve.Shares.ToList()));
    }

    [Fact]
    public void Compute_NoOrders_IsEmpty()
    {
        var report = RepeatPurchase.Compute([], Tiers, AsOf);

        Assert.Empty(report.Influencers);
        Assert.Empty(report.Tiers);
        Assert.Equal(0, report.TooRecent);
    }

    [Fact]
    public void Compute_InfluencerWithoutTier_NamesTheOrder()
    {
        var error = Assert.Throws<ArgumentException>(() => RepeatPurchase.Compute([new("o-77", "c", Day(1, 1), 99)], Tiers, AsOf));

        Assert.Contains("o-77", error.Message, StringComparison.Ordinal);
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RepeatPurchase.Compute([], Tiers, AsOf, windowDays: 0));
        Assert.Throws<ArgumentException>(() => RepeatPurchase.Compute([], Tiers, DateTime.SpecifyKind(AsOf, DateTimeKind.Local)));
    }

    [Fact]
    public void RetentionCurve_NoCustomers_IsEmpty()
    {
        var curve = RetentionCurve.Of([], 90);

        Assert.Equal(0, curve.Customers);
        Assert.Empty(curve.Shares);
    }
}
