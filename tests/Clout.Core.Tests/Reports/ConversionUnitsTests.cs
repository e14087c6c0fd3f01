using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class ConversionUnitsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Values_FullData_MatchesHandComputation()
    {
        // Two collaborations: fee 300.00 + product 25.00 + 10 % of 400.00; fee 100.00 + 0 + 0 % of 100.00.
        // cost = 30,000 + 2,500 + 4,000 + 10,000 = 46,500 minor = 465.00; revenue 500.00 from 5 orders.
        var conversion = new InfluencerConversion(Clicks: 310, UniqueVisitors: 250, Orders: 5, RevenueMinor: 50_000,
            [new CollaborationSpend(30_000, 2_500, 0.10, 40_000), new CollaborationSpend(10_000, 0, 0.0, 10_000)]);

        var values = ConversionUnits.Values(conversion);

        Assert.Equal(46_500, conversion.CostMinor, Tolerance);
        Assert.Equal(310, values["clicks"]);
        Assert.Equal(250, values["unique_visitors"]);
        Assert.Equal(5, values["orders"]);
        Assert.Equal(0.02, values["conversion_rate"], Tolerance);   // 5 / 250
        Assert.Equal(500.0, values["revenue"], Tolerance);
        Assert.Equal(100.0, values["aov"], Tolerance);              // 500 / 5
        Assert.Equal(1.5, values["cpc"], Tolerance);                // 465 / 310
        Assert.Equal(93.0, values["cpa"], Tolerance);               // 465 / 5
        Assert.Equal(50_000.0 / 46_500, values["roas"], Tolerance); // 1.0753
        Assert.Equal(9, values.Count);
    }

    [Fact]
    public void Values_WithGrossMargin_AddsRoi_MatchingHandComputation()
    {
        // Revenue 500.00 at a 40 % margin earns 200.00 against a cost of 465.00: ROI = (200 − 465) / 465 = −0.5699.
        var conversion = new InfluencerConversion(Clicks: 310, UniqueVisitors: 250, Orders: 5, RevenueMinor: 50_000,
            [new CollaborationSpend(30_000, 2_500, 0.10, 40_000), new CollaborationSpend(10_000, 0, 0.0, 10_000)]);

        var values = ConversionUnits.Values(conversion, grossMargin: 0.4);

        Assert.Equal((20_000.0 - 46_500) / 46_500, values["roi"], Tolerance);
        Assert.Equal(10, values.Count);
        Assert.False(ConversionUnits.Values(conversion).ContainsKey("roi"));
        // No spend entered: no cost, so no ROI either, margin or not.
        Assert.False(ConversionUnits.Values(conversion with { Spend = [] }, grossMargin: 0.4).ContainsKey("roi"));
    }

    [Fact]
    public void Values_NoClicksMeasured_HasNoClickMetricsAndNoConversionRate()
    {
        var conversion = new InfluencerConversion(null, null, Orders: 2, RevenueMinor: 8_000, [new CollaborationSpend(4_000, 0, 0, 8_000)]);

        var values = ConversionUnits.Values(conversion);

        Assert.Equal(["aov", "cpa", "orders", "revenue", "roas"], values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2.0, values["roas"], Tolerance); // 8,000 / 4,000
    }

    [Fact]
    public void Values_ZeroVisitorsZeroOrders_KeepsMeasuredZerosButNoRatios()
    {
        var conversion = new InfluencerConversion(0, 0, 0, 0, [new CollaborationSpend(10_000, 0, 0.1, 0)]);

        var values = ConversionUnits.Values(conversion);

        // Measured zeros stay; 0/0 rates, AOV of no orders and cost per nothing are absent. ROAS 0 / 100.00 = 0 is real.
        Assert.Equal(["clicks", "orders", "revenue", "roas", "unique_visitors"], values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.0, values["roas"]);
    }

    [Fact]
    public void Values_ZeroCost_HasNoCostRatios()
    {
        var conversion = new InfluencerConversion(100, 80, 4, 20_000, [new CollaborationSpend(0, 0, 0, 20_000)]);

        var values = ConversionUnits.Values(conversion);

        Assert.False(values.ContainsKey("roas"));
        Assert.False(values.ContainsKey("cpc"));
        Assert.False(values.ContainsKey("cpa"));
        Assert.Equal(0.05, values["conversion_rate"], Tolerance);
    }

    [Fact]
    public void Values_NoCollaborationData_IsEmpty()
    {
        Assert.Empty(ConversionUnits.Values(new InfluencerConversion(null, null, null, null, [])));
    }

    [Fact]
    public void ConversionInterval_OrdersWithinVisitors_IsWilson()
    {
        var conversion = new InfluencerConversion(12, 10, 5, 1_000, []);

        var interval = Assert.IsType<Clout.Core.Statistics.Estimate>(conversion.ConversionInterval);

        Assert.Equal((0.5, 10), (interval.Value, interval.N));
        Assert.Equal(0.23659, interval.Low!.Value, 5e-5);
        Assert.Equal(0.76341, interval.High!.Value, 5e-5);
    }

    [Fact]
    public void ConversionInterval_MoreOrdersThanVisitorsOrNoVisitors_IsNull()
    {
        // Code orders from people who never clicked: 6 orders on 4 visitors is no proportion.
        Assert.Null(new InfluencerConversion(4, 4, 6, 1_000, []).ConversionInterval);
        Assert.Null(new InfluencerConversion(0, 0, 0, 0, []).ConversionInterval);
    }

    [Fact]
    public void Values_ImpressionsAndEngagements_GiveCpmAndCpe()
    {
        // Cost 150.00 + 50.00 = 200.00; 80,000 impressions and 4,000 engagements on the campaign posts.
        var conversion = new InfluencerConversion(100, 90, 3, 15_000, [new CollaborationSpend(15_000, 5_000, 0, 15_000)])
        {
            Impressions = 80_000,
            Engagements = 4_000,
        };

        var values = ConversionUnits.Values(conversion);

        Assert.Equal(2.5, values["cpm"], 1e-12);   // 200 / 80
        Assert.Equal(0.05, values["cpe"], 1e-12);  // 200 / 4,000
        Assert.False(ConversionUnits.Values(conversion with { Impressions = null, Engagements = null }).ContainsKey("cpm"));
        Assert.False(ConversionUnits.Values(conversion with { Engagements = 0 }).ContainsKey("cpe"));
    }
}
