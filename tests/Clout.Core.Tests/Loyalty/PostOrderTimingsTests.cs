using Clout.Core.Loyalty;

namespace Clout.Core.Tests.Loyalty;

public sealed class PostOrderTimingsTests
{
    private static readonly DateTime Published = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Of_CountsTheFirst48HoursOfFourteenDays()
    {
        DateTime[] orders =
        [
            Published.AddHours(1),                       // day 0, in the first 48 h
            Published.AddHours(48).AddMinutes(-1),       // day 1, in the first 48 h
            Published.AddHours(48),                      // day 2: the 48 h are half-open
            Published.AddDays(5),                        // day 5
            Published.AddDays(14).AddSeconds(-1),        // day 13, last second of the horizon
            Published.AddDays(14),                       // outside the 14 days
            Published.AddHours(-1),                      // before the post
        ];

        var timing = PostOrderTimings.Of(Published, orders, Published.AddDays(30))!;

        Assert.Equal(5, timing.Orders);
        Assert.Equal(2, timing.OrdersFirst48h);
        Assert.Equal(0.4, timing.ShareFirst48h!.Value, 1e-12);
        Assert.Equal([1L, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1], timing.DailyOrders);
    }

    [Fact]
    public void Of_PostYoungerThanFourteenDays_IsNull()
    {
        Assert.Null(PostOrderTimings.Of(Published, [Published.AddHours(1)], Published.AddDays(14).AddSeconds(-1)));
        Assert.NotNull(PostOrderTimings.Of(Published, [Published.AddHours(1)], Published.AddDays(14)));
    }

    [Fact]
    public void Of_NoOrders_HasNoShareAndNoDecay()
    {
        var timing = PostOrderTimings.Of(Published, [], Published.AddDays(20))!;

        Assert.Equal(0, timing.Orders);
        Assert.Null(timing.ShareFirst48h);
        Assert.Null(timing.Decay);
    }

    [Fact]
    public void Of_HalvingEveryDay_FitsAOneDayHalfLife()
    {
        var orders = new List<DateTime>();
        var perDay = new[] { 64, 32, 16, 8, 4, 2, 1 };
        for (var d = 0; d < perDay.Length; d++)
        {
            orders.AddRange(Enumerable.Repeat(Published.AddDays(d).AddHours(3), perDay[d]));
        }

        var timing = PostOrderTimings.Of(Published, orders, Published.AddDays(15))!;

        // Days 7–13 have no orders where the model still expects 1/2, 1/4, …, so over 14 days the fit decays a little
        // faster than halving (OrderDecayTests has the exact one-day case over seven days).
        Assert.Equal(96.0 / 127, timing.ShareFirst48h!.Value, 1e-12);
        Assert.InRange(timing.Decay!.HalfLifeDays, 0.95, 1.0);
    }
}
