using Clout.Core.Connectors;

namespace Clout.Core.Tests.Connectors;

public sealed class SyncBackoffTests
{
    private static readonly TimeZoneInfo Pacific = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    [InlineData(9, 256)]
    [InlineData(10, 360)]
    [InlineData(int.MaxValue, 360)]
    public void AfterServerError_ConsecutiveFailures_DoublesUpToSixHours(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), SyncBackoff.AfterServerError(failures));

    [Fact]
    public void NextMidnightUtc_PacificWinter_IsEightInTheMorningUtc() =>
        Assert.Equal(new DateTime(2026, 1, 16, 8, 0, 0, DateTimeKind.Utc),
            SyncBackoff.NextMidnightUtc(new DateTime(2026, 1, 15, 20, 0, 0, DateTimeKind.Utc), Pacific));

    [Fact]
    public void NextMidnightUtc_PacificSummer_IsSevenInTheMorningUtc() =>
        Assert.Equal(new DateTime(2026, 7, 16, 7, 0, 0, DateTimeKind.Utc),
            SyncBackoff.NextMidnightUtc(new DateTime(2026, 7, 16, 6, 59, 0, DateTimeKind.Utc), Pacific));

    [Fact]
    public void NextMidnightUtc_AtMidnight_IsTheNextOne() =>
        Assert.Equal(new DateTime(2026, 7, 17, 7, 0, 0, DateTimeKind.Utc),
            SyncBackoff.NextMidnightUtc(new DateTime(2026, 7, 16, 7, 0, 0, DateTimeKind.Utc), Pacific));

    [Fact]
    public void QuotaDay_EarlyUtcMorning_IsThePreviousPacificDay() =>
        Assert.Equal(new DateOnly(2026, 7, 15), SyncBackoff.QuotaDay(new DateTime(2026, 7, 16, 6, 0, 0, DateTimeKind.Utc), Pacific));
}
