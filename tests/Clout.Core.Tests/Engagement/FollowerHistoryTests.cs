using Clout.Core.Engagement;

namespace Clout.Core.Tests.Engagement;

public sealed class FollowerHistoryTests
{
    private const double Tolerance = 1e-9;
    private const long Fallback = 777;

    private static DateTime Day(int month, int day, int hour = 0) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    // 1 Jan: 10,000 → 11 Jan: 12,000 (+200/day) → 31 Jan: 11,000 (−50/day).
    private static readonly FollowerCount[] Snapshots =
    [
        new(Day(1, 1), 10_000),
        new(Day(1, 11), 12_000),
        new(Day(1, 31), 11_000),
    ];

    [Theory]
    [InlineData(1, 6, 0, 11_000d)]    // 5 of 10 days: 10,000 + 0.5 × 2,000
    [InlineData(1, 3, 12, 10_500d)]   // 2.5 of 10 days: 10,000 + 0.25 × 2,000
    [InlineData(1, 10, 0, 11_800d)]   // 9 of 10 days: 10,000 + 0.9 × 2,000
    [InlineData(1, 21, 0, 11_500d)]   // 10 of 20 days: 12,000 − 0.5 × 1,000
    [InlineData(1, 26, 0, 11_250d)]   // 15 of 20 days: 12,000 − 0.75 × 1,000
    [InlineData(1, 11, 12, 11_975d)]  // 0.5 of 20 days: 12,000 − 0.025 × 1,000
    public void FollowersAt_BetweenSnapshots_InterpolatesLinearly(int month, int day, int hour, double expected)
    {
        var history = new FollowerHistory(Snapshots);

        Assert.Equal(expected, history.FollowersAt(Day(month, day, hour), Fallback), Tolerance);
    }

    [Theory]
    [InlineData(1, 1, 10_000d)]
    [InlineData(1, 11, 12_000d)]
    [InlineData(1, 31, 11_000d)]
    public void FollowersAt_ExactlyOnASnapshot_IsThatSnapshot(int month, int day, double expected)
    {
        var history = new FollowerHistory(Snapshots);

        Assert.Equal(expected, history.FollowersAt(Day(month, day), Fallback), Tolerance);
    }

    [Fact]
    public void FollowersAt_BeforeFirstSnapshot_IsFirstSnapshotNotExtrapolated()
    {
        var history = new FollowerHistory(Snapshots);

        // Extrapolating +200/day back 31 days would give 3,800; the history answers the first count instead.
        Assert.Equal(10_000d, history.FollowersAt(Day(12, 1).AddYears(-1), Fallback), Tolerance);
        Assert.Equal(10_000d, history.FollowersAt(Day(1, 1).AddTicks(-1), Fallback), Tolerance);
    }

    [Fact]
    public void FollowersAt_AfterLastSnapshot_IsLastSnapshotNotExtrapolated()
    {
        var history = new FollowerHistory(Snapshots);

        Assert.Equal(11_000d, history.FollowersAt(Day(3, 1), Fallback), Tolerance);
        Assert.Equal(11_000d, history.FollowersAt(Day(1, 31).AddTicks(1), Fallback), Tolerance);
    }

    [Fact]
    public void FollowersAt_UnorderedInput_IsSortedByDate()
    {
        var history = new FollowerHistory([Snapshots[2], Snapshots[0], Snapshots[1]]);

        Assert.Equal(11_000d, history.FollowersAt(Day(1, 6), Fallback), Tolerance);
        Assert.Equal(11_500d, history.FollowersAt(Day(1, 21), Fallback), Tolerance);
    }

    [Fact]
    public void FollowersAt_SingleSnapshot_IsThatCountEverywhere()
    {
        var history = new FollowerHistory([new FollowerCount(Day(2, 1), 4_321)]);

        Assert.Equal(4_321d, history.FollowersAt(Day(1, 1), Fallback), Tolerance);
        Assert.Equal(4_321d, history.FollowersAt(Day(2, 1), Fallback), Tolerance);
        Assert.Equal(4_321d, history.FollowersAt(Day(3, 1), Fallback), Tolerance);
    }

    [Fact]
    public void FollowersAt_NoSnapshots_IsFallback()
    {
        var history = new FollowerHistory([]);

        Assert.True(history.IsEmpty);
        Assert.Equal(777d, history.FollowersAt(Day(1, 6), Fallback), Tolerance);
        Assert.Equal(777, history.Latest(Fallback));
    }

    [Fact]
    public void FollowersAt_ZeroFollowerSnapshotBetween_IsIgnored()
    {
        // The 0 on 6 Jan is a failed export, not an audience: 6 Jan still interpolates 10,000 → 12,000.
        var history = new FollowerHistory([new(Day(1, 1), 10_000), new(Day(1, 6), 0), new(Day(1, 11), 12_000)]);

        Assert.Equal(11_000d, history.FollowersAt(Day(1, 6), Fallback), Tolerance);
    }

    [Fact]
    public void FollowersAt_ZeroAndNegativeAtTheEnds_AreIgnored()
    {
        var history = new FollowerHistory([new(Day(1, 1), -3), new(Day(1, 6), 5_000), new(Day(1, 11), 0)]);

        Assert.Equal(5_000d, history.FollowersAt(Day(1, 1), Fallback), Tolerance);
        Assert.Equal(5_000d, history.FollowersAt(Day(1, 11), Fallback), Tolerance);
        Assert.Equal(5_000, history.Latest(Fallback));
    }

    [Fact]
    public void FollowersAt_OnlyZeroSnapshots_IsEmptyAndUsesFallback()
    {
        var history = new FollowerHistory([new(Day(1, 1), 0), new(Day(1, 2), 0)]);

        Assert.True(history.IsEmpty);
        Assert.Equal(777d, history.FollowersAt(Day(1, 1), Fallback), Tolerance);
    }

    [Fact]
    public void Latest_IsTheMostRecentSnapshotNotTheLastListed()
    {
        var history = new FollowerHistory([Snapshots[2], Snapshots[0], Snapshots[1]]);

        Assert.False(history.IsEmpty);
        Assert.Equal(11_000, history.Latest(Fallback));
    }

    [Fact]
    public void Constructor_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new FollowerHistory(null!));
    }
}
