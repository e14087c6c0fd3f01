using Clout.Core.Reports;
using Clout.Core.Statistics;
using Clout.Presentation;

namespace Clout.Tests.Presentation;

public sealed class FormatTests
{
    [Fact]
    public void Period_HalfOpenMonth_ShowsTheDayBeforeTheEndAsTheLastDay()
    {
        var text = Format.Period(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal("2026-03-01 – 2026-03-31", text);
    }

    [Fact]
    public void Period_OpenEnds_SayFromAndUntil()
    {
        var start = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(("from 2026-03-01", "until 2026-02-28", Format.None), (Format.Period(start, null), Format.Period(null, start), Format.Period(null, null)));
    }

    [Theory]
    [InlineData(0.0325, "3.25 %")]
    [InlineData(0.1, "10.0 %")]
    [InlineData(0.4567, "45.7 %")]
    public void Percent_BelowTenPercent_KeepsTwoDecimalsAboveOne(double value, string expected)
    {
        Assert.Equal(expected, Format.Percent(value));
    }

    [Theory]
    [InlineData(23.2, "+23")]
    [InlineData(-5, "−5")]
    [InlineData(-0.4, "0")]
    public void Points_SignedWithoutANegativeZero(double value, string expected)
    {
        Assert.Equal(expected, Format.Points(value));
    }

    [Theory]
    [InlineData(999, "999")]
    [InlineData(1_500, "1.5k")]
    [InlineData(25_400, "25k")]
    [InlineData(2_300_000, "2.3M")]
    public void Followers_ByMagnitude_ShortForm(long value, string expected)
    {
        Assert.Equal(expected, Format.Followers(value));
    }

    [Fact]
    public void Metric_EachUnit_WrittenInItsOwnWay()
    {
        Assert.Equal(
            ("4.20 %", "1,234.50", "12.5", "+31", "2.75"),
            (Format.Metric(Metrics.EngagementRate, 0.042), Format.Metric(Metrics.Cpa, 1234.5), Format.Metric(Metrics.Orders, 12.5),
                Format.Metric(Metrics.Nps, 31.2), Format.Metric(Metrics.Roas, 2.75)));
    }

    [Fact]
    public void Interval_WithoutBounds_SaysTooFewToSay()
    {
        Assert.Equal("(too few to say)", Format.Interval(new Estimate(0.5, null, null, 2), Metrics.EngagementRate));
        Assert.Equal("[3.00 % – 5.00 %]", Format.Interval(new Estimate(0.04, 0.03, 0.05, 12), Metrics.EngagementRate));
    }
}
