using Clout.Core.Reports;
using static Clout.Core.Tests.Reports.LeaderboardUnits;

namespace Clout.Core.Tests.Reports;

public sealed class BookAgainTests
{
    [Fact]
    public void Of_MarginSet_RanksByRoiWithReasons()
    {
        List<InfluencerUnit> units = [.. Enumerable.Range(1, 12).Select(i => Paid(i, $"i{i:00}", cost: 1_000, revenue: i * 500, orders: 10, margin: 0.5))];

        var lists = BookAgain.Of(units, "EUR");

        Assert.Equal(Metrics.Roi, lists.RankedBy);
        Assert.Equal(["i12", "i11", "i10", "i09", "i08"], lists.Top.Select(p => p.Influencer.Handle));
        Assert.Equal(["i01", "i02", "i03", "i04", "i05"], lists.Bottom.Select(p => p.Influencer.Handle));
        Assert.Equal("ROI 2.00: spent €1,000, returned €6,000 from 10 orders", lists.Top[0].Reason);
        Assert.Equal("ROI -0.75: spent €1,000, returned €500 from 10 orders", lists.Bottom[0].Reason);
    }

    [Fact]
    public void Of_NoMargin_RanksByRoas()
    {
        var lists = BookAgain.Of([Paid(1, "a", 100, 300, 6), Paid(2, "b", 100, 50, 6)], null);

        Assert.Equal(Metrics.Roas, lists.RankedBy);
        Assert.Equal("ROAS 3.00: spent 100, returned 300 from 6 orders", lists.Top[0].Reason);
        // Nobody is in both lists: the top comes from the upper half of the ranking, the bottom from the lower.
        Assert.Equal(["a"], lists.Top.Select(p => p.Influencer.Handle));
        Assert.Equal(["b"], lists.Bottom.Select(p => p.Influencer.Handle));
    }

    [Fact]
    public void Of_FewOrders_NeverTopsButABigSpendStillSinks()
    {
        var lucky = Paid(1, "lucky", cost: 100, revenue: 2_000, orders: 2);             // ROAS 20 on 2 orders
        var costly = Paid(2, "costly", cost: 179_200, revenue: 4_776, orders: 3);       // little back on a large spend
        var small = Paid(3, "small", cost: 50, revenue: 10, orders: 1);                  // a small test: not evidence either way
        var steady = Paid(4, "steady", cost: 1_000, revenue: 2_500, orders: 40);

        var lists = BookAgain.Of([lucky, costly, small, steady], "EUR");

        Assert.Equal(["steady"], lists.Top.Select(p => p.Influencer.Handle));
        Assert.Equal(["costly"], lists.Bottom.Select(p => p.Influencer.Handle));
        Assert.Equal("ROAS 0.03: spent €179,200, returned €4,776 from 3 orders", lists.Bottom[0].Reason);
    }

    [Fact]
    public void Of_NobodyWithARoas_IsEmpty()
    {
        Assert.True(BookAgain.Of([Unit(1, "unpaid", values: ("engagement_rate", 0.05))], null).IsEmpty);
    }
}
