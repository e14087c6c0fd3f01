using Clout.Core.Loyalty;
using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class PostTimingUnitsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Values_PostsOfVeryDifferentSize_PoolTheOrdersInsteadOfAveragingTheShares()
    {
        // 2 of 2 orders and 20 of 200 in the first 48 h: pooled 22 / 202, where the mean of the shares would say 0.55.
        var values = PostTimingUnits.Values([Timing(2, 2, null), Timing(200, 20, null)]);

        Assert.Equal(22.0 / 202, values["spike_share"], Tolerance);
        Assert.False(values.ContainsKey("order_half_life_days"));
    }

    [Fact]
    public void Values_HalfLives_AreTheMedianOfThePostsWithAFit()
    {
        var values = PostTimingUnits.Values([Timing(10, 5, 1), Timing(10, 5, 5), Timing(10, 5, 2), Timing(10, 5, null)]);

        Assert.Equal(2, values["order_half_life_days"], Tolerance);
        Assert.Equal(0.5, values["spike_share"], Tolerance);
    }

    [Fact]
    public void Values_NoOrders_AreEmpty()
    {
        Assert.Empty(PostTimingUnits.Values([Timing(0, 0, null)]));
        Assert.Empty(PostTimingUnits.Values([]));
    }

    private static PostOrderTiming Timing(long orders, long first48h, double? halfLifeDays) =>
        new(orders, first48h, orders == 0 ? null : (double)first48h / orders, [],
            halfLifeDays is { } days ? new DecayFit(orders, Math.Log(2) / days, days, orders) : null);
}
