using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class SpendRatiosTests
{
    [Fact]
    public void Roi_RevenueTimesMarginLessCost_OverCost()
    {
        // €1,000 revenue at a 40 % margin is €400 earned on €200 spent: (400 − 200) / 200 = 1.0.
        Assert.Equal(1.0, SpendRatios.Roi(1_000, 0.4, 200)!.Value, 1e-12);
        Assert.Equal(-1.0, SpendRatios.Roi(0, 0.4, 200)!.Value, 1e-12);
        Assert.Equal(0.0, SpendRatios.Roi(500, 0.4, 200)!.Value, 1e-12);
    }

    [Fact]
    public void Ratios_ByHand()
    {
        Assert.Equal(5.0, SpendRatios.Roas(1_000, 200)!.Value, 1e-12);
        Assert.Equal(8.0, SpendRatios.Cpm(200, 25_000)!.Value, 1e-12);   // 200 / 25 thousand
        Assert.Equal(0.25, SpendRatios.Cpe(200, 800)!.Value, 1e-12);
        Assert.Equal(0.5, SpendRatios.Cpc(200, 400)!.Value, 1e-12);
        Assert.Equal(20.0, SpendRatios.Cpa(200, 10)!.Value, 1e-12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Ratios_CostNotPositiveAndFinite_AreNull(double cost)
    {
        Assert.Null(SpendRatios.Roi(100, 0.5, cost));
        Assert.Null(SpendRatios.Roas(100, cost));
        Assert.Null(SpendRatios.Cpm(cost, 1_000));
        Assert.Null(SpendRatios.Cpa(cost, 3));
    }

    [Fact]
    public void Ratios_NoUnits_AreNull()
    {
        Assert.Null(SpendRatios.Cpm(100, 0));
        Assert.Null(SpendRatios.Cpe(100, 0));
        Assert.Null(SpendRatios.Cpc(100, 0));
        Assert.Null(SpendRatios.Cpa(100, 0));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Roi_MarginOutsideZeroToOne_Throws(double margin)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SpendRatios.Roi(100, margin, 50));
        Assert.Equal("margin", error.ParamName);
    }
}
