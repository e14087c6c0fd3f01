using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class ProgrammeTotalsTests
{
    private static InfluencerConversion Conversion(long? orders, double? revenueMinor, long feeMinor) =>
        new(null, null, orders, revenueMinor, [new CollaborationSpend(feeMinor, 0, 0, revenueMinor ?? 0)]);

    [Fact]
    public void Of_SumsSpendRevenueAndOrders_WithRoasAndRoi()
    {
        var totals = ProgrammeTotals.Of([Conversion(3, 30_000, 10_000), Conversion(1, 10_000, 30_000)], 0.5);

        Assert.Equal(40_000, totals.SpendMinor);
        Assert.Equal(40_000, totals.RevenueMinor);
        Assert.Equal(4, totals.Orders);
        Assert.Equal(1.0, totals.Roas!.Value, 1e-12);
        Assert.Equal(-0.5, totals.Roi!.Value, 1e-12); // (40,000 × 0.5 − 40,000) / 40,000
        Assert.Equal(10_000, totals.CpaMinor!.Value, 1e-12);
    }

    [Fact]
    public void Of_NoMarginNoOrders_LeavesWhatItCannotKnowEmpty()
    {
        var totals = ProgrammeTotals.Of([Conversion(null, null, 10_000)], null);

        Assert.Null(totals.RevenueMinor);
        Assert.Null(totals.Orders);
        Assert.Null(totals.Roas);
        Assert.Null(totals.Roi);
        Assert.Null(totals.CpaMinor);
    }

    [Fact]
    public void Of_NothingSpent_HasNoRatios()
    {
        var totals = ProgrammeTotals.Of([Conversion(2, 5_000, 0)], 0.4);

        Assert.Null(totals.Roas);
        Assert.Null(totals.Roi);
    }
}
