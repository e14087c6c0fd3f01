using Clout.Storage.Reads;

namespace Clout.Storage.Tests.Reads;

public sealed class ReportFilterTests
{
    private static readonly DateTime Jan11 = new(2026, 1, 11, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Jan20 = new(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Create_FromNotBeforeTo_IsRefused()
    {
        var (filter, error) = ReportFilter.Create(null, Jan20, Jan20);

        Assert.Null(filter);
        Assert.Contains("[from, to)", error);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00")]
    [InlineData("0001-01-01T12:00:00")]
    public void Create_EndBeforeTheCalendarsSecondDay_IsRefused(string to)
    {
        var (filter, error) = ReportFilter.Create(null, null, DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Null(filter);
        Assert.Contains("'to' must be 0001-01-02 or later", error);
        Assert.NotNull(ReportFilter.Create(null, null, new DateTime(1, 1, 2)).Filter);
    }

    [Fact]
    public void Create_TimesWithoutZone_AreUtcAndBlankCampaignIsNone()
    {
        var (filter, error) = ReportFilter.Create("  ", new DateTime(2026, 1, 11), null);

        Assert.Null(error);
        Assert.NotNull(filter);
        var from = Assert.NotNull(filter.FromUtc);
        Assert.Equal((Jan11, DateTimeKind.Utc), (from, from.Kind));
        Assert.Null(filter.Campaign);
    }

    [Fact]
    public void InPeriod_BoundaryTimes_IncludeFromAndExcludeTo()
    {
        var filter = new ReportFilter(FromUtc: Jan11, ToUtc: Jan20);

        Assert.True(filter.InPeriod(Jan11));
        Assert.True(filter.InPeriod(Jan20.AddTicks(-1)));
        Assert.False(filter.InPeriod(Jan20));
        Assert.False(filter.InPeriod(Jan11.AddTicks(-1)));
        Assert.True(new ReportFilter().InPeriod(DateTime.MinValue));
    }

    [Fact]
    public void InPeriod_RowsByTheirOwnTime_KeepTheSameRowsAsInMemory()
    {
        DateTime[] times = [Jan11.AddTicks(-1), Jan11, Jan11.AddDays(3), Jan20.AddTicks(-1), Jan20];
        foreach (var filter in new[] { new ReportFilter(FromUtc: Jan11, ToUtc: Jan20), new ReportFilter(FromUtc: Jan11), new ReportFilter(ToUtc: Jan20), new ReportFilter() })
        {
            var kept = filter.InPeriod(times.Select(t => new Row(t)).AsQueryable(), r => r.AtUtc).Select(r => r.AtUtc);

            Assert.Equal(times.Where(filter.InPeriod), kept);
        }
        Assert.Equal([Jan11, Jan11.AddDays(3), Jan20.AddTicks(-1)],
            new ReportFilter(FromUtc: Jan11, ToUtc: Jan20).InPeriod(times.Select(t => new Row(t)).AsQueryable(), r => r.AtUtc).Select(r => r.AtUtc));
    }

    [Fact]
    public void Scope_FiltersThatDifferInTheRepeatWindowOnly_ShareIt()
    {
        var filter = new ReportFilter("Launch", Jan11, Jan20) { RepeatWindowDays = 30 };

        Assert.Equal(new ReportFilter("Launch", Jan11, Jan20), filter.Scope);
        Assert.NotEqual(new ReportFilter("Launch", Jan11), filter.Scope);
    }

    [Fact]
    public void InWholeDays_MidnightBoundsOrNone_AreWholeDays()
    {
        Assert.True(new ReportFilter(FromUtc: Jan11, ToUtc: Jan20).InWholeDays);
        Assert.True(new ReportFilter().InWholeDays);
        Assert.False(new ReportFilter(FromUtc: Jan11.AddHours(12)).InWholeDays);
        Assert.False(new ReportFilter(ToUtc: Jan20.AddSeconds(1)).InWholeDays);
    }

    private sealed record Row(DateTime AtUtc);
}
