using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class CampaignEconomicsTests
{
    // 1,000.00 spent, 3,000.00 back from 20 orders, 400 clicks, 250,000 impressions, 5,000 engagements (minor units).
    private static readonly CampaignEconomics Spring = new(1, "Spring", 4, 100_000, 300_000, 20, 400, 250_000, 5_000);

    [Fact]
    public void Ratios_FromCostAndReturn()
    {
        Assert.Equal(3.0, Spring.Roas);
        Assert.Equal(400.0, Spring.CpmMinor);   // 100,000 / 250 thousand impressions = 4.00 per mille
        Assert.Equal(20.0, Spring.CpeMinor);    // 0.20 per engagement
        Assert.Equal(250.0, Spring.CpcMinor);   // 2.50 per click
        Assert.Equal(5_000.0, Spring.CpaMinor); // 50.00 per order
    }

    [Fact]
    public void Roi_UsesTheGrossMarginAndNeedsIt()
    {
        Assert.Equal(0.2, Spring.Roi(0.4)!.Value, 1e-12); // (3,000 × 0.4 − 1,000) / 1,000
        Assert.Equal(-1.0, (Spring with { RevenueMinor = 0 }).Roi(0.4));
        Assert.Null(Spring.Roi(null));
    }

    [Fact]
    public void Ratios_WithoutTheirDenominator_AreAbsent()
    {
        var noData = Spring with { Clicks = null, Impressions = null, Orders = 0, Engagements = 0 };

        Assert.Null(noData.CpcMinor);
        Assert.Null(noData.CpmMinor);
        Assert.Null(noData.CpaMinor);
        Assert.Null(noData.CpeMinor);
        Assert.Null((Spring with { CostMinor = 0 }).Roas);
    }
}
