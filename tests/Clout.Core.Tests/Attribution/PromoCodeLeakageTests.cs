using Clout.Core.Attribution;

namespace Clout.Core.Tests.Attribution;

public sealed class PromoCodeLeakageTests
{
    private const long Mila = 1;
    private const long Otto = 2;
    private static readonly DateTime Day0 = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static CodeOrder Order(string id, long collaboration, int day, long? click = null, string? referrer = null) =>
        new(id, collaboration, Day0.AddDays(day), click, referrer);

    [Fact]
    public void Detect_CouponReferrerWithoutOwnClick_IsFlaggedWithTheSite()
    {
        CodeOrder[] orders =
        [
            Order("o1", Mila, 0, click: null, referrer: "https://www.retailmenot.com/view/shop"),
            Order("o2", Mila, 0, click: Mila, referrer: "https://www.retailmenot.com/view/shop"), // clicked her link: earned
            Order("o3", Mila, 0, click: Otto, referrer: "https://slickdeals.net/f/1"),           // clicked someone else's
            Order("o4", Mila, 0, click: null, referrer: "https://www.instagram.com/"),
        ];

        var flags = PromoCodeLeakage.Detect(orders);

        Assert.Equal(["o1", "o3"], flags.Select(f => f.OrderId));
        Assert.All(flags, f => Assert.Equal((Mila, LeakageKind.CouponSite), (f.CollaborationId, f.Kind)));
        Assert.Equal("code used with no click on any tracking link, arriving from the coupon site retailmenot.com", flags[0].Reason);
        Assert.Equal("code used with a click on another collaboration's link only, arriving from the coupon site slickdeals.net", flags[1].Reason);
    }

    [Fact]
    public void Detect_DayFarAboveTheCodesHistory_FlagsItsUnclickedOrders()
    {
        // Daily code orders on days 0..6: 2, 2, 3, 2, 1, 2, 12.
        // Sorted 1, 2, 2, 2, 2, 3, 12 → median 2; |x − 2| = 1, 0, 0, 0, 0, 1, 10 → MAD 0 → σ̂ = max(0, 1) = 1;
        // threshold 2 + 3 · 1 = 5: only day 6 (12 orders) is a spike; day 2 (3 orders) is not.
        var orders = new List<CodeOrder>();
        int[] perDay = [2, 2, 3, 2, 1, 2];
        for (var day = 0; day < perDay.Length; day++)
        {
            for (var i = 0; i < perDay[day]; i++)
            {
                orders.Add(Order($"d{day}-{i}", Mila, day));
            }
        }
        for (var i = 0; i < 12; i++)
        {
            orders.Add(Order($"spike-{i:00}", Mila, 6, click: i < 2 ? Mila : null)); // two of them clicked her link
        }
        // Otto's code has a history of one day only: no usual volume, no spike flags.
        orders.AddRange(Enumerable.Range(0, 30).Select(i => Order($"otto-{i}", Otto, 6)));

        var flags = PromoCodeLeakage.Detect(orders);

        Assert.Equal(10, flags.Count);
        Assert.All(flags, f => Assert.Equal((Mila, LeakageKind.VolumeSpike), (f.CollaborationId, f.Kind)));
        Assert.Equal([.. Enumerable.Range(2, 10).Select(i => $"spike-{i:00}")], flags.Select(f => f.OrderId));
        Assert.Equal("code used with no click on any tracking link on 2026-03-07, a day with 12 code orders; this code usually gets 2 a day (spike above 5 = median + 3 × 1.4826 × MAD)", flags[0].Reason);
    }

    [Fact]
    public void Detect_CouponReferrerOnSpikeDay_GetsBothFlags()
    {
        var orders = Enumerable.Range(0, 7).Select(d => Order($"d{d}", Mila, d)).ToList(); // one a day: median 1, MAD 0 → threshold 4
        orders.AddRange(Enumerable.Range(0, 4).Select(i => Order($"s{i}", Mila, 7)));
        orders.Add(Order("s4", Mila, 7, referrer: "wethrift.com/shop"));

        var flags = PromoCodeLeakage.Detect(orders);

        // Day 7 has 5 > 4 orders: all five are spike orders; s4 also came from a coupon site.
        Assert.Equal(6, flags.Count);
        Assert.Equal([LeakageKind.CouponSite, LeakageKind.VolumeSpike], flags.Where(f => f.OrderId == "s4").Select(f => f.Kind));
    }

    [Fact]
    public void SpikeThreshold_SpreadHistory_IsMedianPlusThreeRobustSigmas()
    {
        // 1..7: median 4; |x − 4| = 3, 2, 1, 0, 1, 2, 3 → MAD 2 → σ̂ = 2.9652 → 4 + 8.8956 = 12.8956.
        Assert.Equal(12.8956, PromoCodeLeakage.SpikeThreshold([1, 2, 3, 4, 5, 6, 7])!.Value, 1e-9);
    }

    [Fact]
    public void SpikeThreshold_ShortHistory_IsNull()
    {
        Assert.Null(PromoCodeLeakage.SpikeThreshold([1, 1, 1, 1, 1, 1]));
        Assert.Null(PromoCodeLeakage.SpikeThreshold([]));
    }

    [Fact]
    public void Detect_NoOrders_NoFlags()
    {
        Assert.Empty(PromoCodeLeakage.Detect([]));
    }
}
