using System.Net;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Reports;

public sealed class ConversionEndpointTests
{
    private const double Tolerance = 1e-9;

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTiers_ClicksAndOrders_CarryConversionMetricsByName(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/tiers", Ct);

        var report = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("EUR", report.GetProperty("currency").GetString());
        var tiers = report.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("tier").GetString()!, t => t.GetProperty("metrics"));
        Assert.Equal(SmallShop.MicroConversionRate, tiers["micro"].GetProperty("conversion_rate").GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal(3, tiers["micro"].GetProperty("conversion_rate").GetProperty("n").GetInt32());
        Assert.Equal(SmallShop.CelebrityConversionRate, tiers["celebrity"].GetProperty("conversion_rate").GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal(SmallShop.MicroRoas, tiers["micro"].GetProperty("roas").GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal(SmallShop.CelebrityRoas, tiers["celebrity"].GetProperty("roas").GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal(SmallShop.MicroCpa, tiers["micro"].GetProperty("cpa").GetProperty("value").GetDouble(), Tolerance); // major units
        // CPE over the Spring posts: mila 100 / 800 = 0.125, otto 92.5 / 1,500; star1 10,000 / 20,000 = 0.5; the others
        // have no Spring post. No post reports impressions: no CPM.
        Assert.Equal((0.125 + (92.5 / 1_500)) / 2, tiers["micro"].GetProperty("cpe").GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal((0.5, 1), (tiers["celebrity"].GetProperty("cpe").GetProperty("value").GetDouble(), tiers["celebrity"].GetProperty("cpe").GetProperty("n").GetInt32()));
        Assert.False(tiers["micro"].TryGetProperty("cpm", out _));
        // Engagement is still there, untouched.
        Assert.Equal(SmallRoster.MicroEngagementRate, tiers["micro"].GetProperty("engagement_rate").GetProperty("value").GetDouble(), 1e-12);

        var contrasts = report.GetProperty("contrasts").EnumerateArray()
            .Where(c => c.GetProperty("a").GetString() == "micro" && c.GetProperty("b").GetString() == "celebrity")
            .ToDictionary(c => c.GetProperty("metric").GetString()!);
        Assert.Equal(10.0, contrasts["conversion_rate"].GetProperty("ratio").GetDouble(), Tolerance);
        // Three accounts a side: the ratio is given, but the verdict holds back (fewer than 5 influencers per tier).
        Assert.Equal("not_enough_data", contrasts["conversion_rate"].GetProperty("reading").GetString());
        Assert.Equal("not enough data to compare micro-influencers with celebrities on conversion rate (orders per visitor): n = 3 and 3, need 5 influencers each",
            contrasts["conversion_rate"].GetProperty("verdict").GetString());
        // 92.5 / 10,000 = 0.00925: far cheaper per order, and P(micro better) counts the lower cost as better.
        var cpa = contrasts["cpa"];
        Assert.Equal(SmallShop.MicroCpa / SmallShop.CelebrityCpa, cpa.GetProperty("ratio").GetDouble(), Tolerance);
        Assert.Equal(1.0, cpa.GetProperty("p_a_better").GetDouble());
        Assert.StartsWith("not enough data to compare micro-influencers with celebrities on cost per order: n = 3 and 3", cpa.GetProperty("verdict").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetConversions_PerInfluencer_GivesWilsonInterval()
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/conversions?campaign=Spring", Ct);

        var body = await response.JsonAsync(HttpStatusCode.OK);
        var rows = body.GetProperty("influencers").EnumerateArray().ToDictionary(r => r.GetProperty("handle").GetString()!);
        Assert.Equal(["mila", "noor", "otto", "star1", "star2", "star3"], rows.Keys);
        var mila = rows["mila"];
        Assert.Equal((10, 10, 2), (mila.GetProperty("clicks").GetInt32(), mila.GetProperty("unique_visitors").GetInt32(), mila.GetProperty("orders").GetInt32()));
        // 2 / 10 → Wilson [0.0567, 0.5098].
        var rate = mila.GetProperty("conversion_rate");
        Assert.Equal(0.2, rate.GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal(0.0567, Math.Round(rate.GetProperty("low").GetDouble(), 4), Tolerance);
        Assert.Equal(0.5098, Math.Round(rate.GetProperty("high").GetDouble(), 4), Tolerance);
        Assert.Equal(92.5m, rows["otto"].GetProperty("cost").GetDecimal());
        Assert.Equal(1.0, mila.GetProperty("metrics").GetProperty("roas").GetDouble(), Tolerance);
    }

    [Fact]
    public async Task GetCampaigns_NoOrdersRecorded_GivesCostButNoRevenueOrReturn()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        await app.Server.ImportCsvAsync(workspace, Clout.Storage.Ingestion.ImportKind.Collaborations, SmallShop.CollaborationsCsv, Ct);
        var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var response = await client.GetAsync("/api/v1/reports/campaigns", Ct);

        // The fees are known (100 + 150 + 50 + 80 + 10,000 + 20,000 + 10,000); sales were never recorded: absent, not 0.
        var spring = Assert.Single((await response.JsonAsync(HttpStatusCode.OK)).GetProperty("campaigns").EnumerateArray());
        Assert.Equal(40_380m, spring.GetProperty("cost").GetDecimal());
        foreach (var absent in new[] { "revenue", "orders", "roas", "roi", "cpa", "clicks", "cpc" })
        {
            Assert.False(spring.TryGetProperty(absent, out _), absent);
        }
        Assert.Equal(22_300L, spring.GetProperty("engagements").GetInt64());
    }

    [Fact]
    public async Task GetTiers_NoTracking_HasNoConversionMetricsOrCurrency()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var response = await client.GetAsync("/api/v1/reports/tiers", Ct);

        var report = await response.JsonAsync(HttpStatusCode.OK);
        Assert.False(report.TryGetProperty("currency", out _));
        foreach (var tier in report.GetProperty("tiers").EnumerateArray())
        {
            Assert.False(tier.GetProperty("metrics").TryGetProperty("conversion_rate", out _));
            Assert.False(tier.GetProperty("metrics").TryGetProperty("clicks", out _));
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetCampaigns_SmallShop_CostReturnAndRatiosMatchHandComputation(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/campaigns", Ct);

        // Spring: cost 100 + (150 + 50) + (80 + 25 % × 50) + 10,000 + 20,000 + 10,000 = 40,392.50; 9 orders of 50.00 = 450.00;
        // 440 human clicks; engagements of its posts m2 800 + o2 1,500 + s1 20,000 = 22,300; no impressions → no CPM;
        // no gross margin set → no ROI.
        var report = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("EUR", report.GetProperty("currency").GetString());
        Assert.False(report.TryGetProperty("gross_margin", out _));
        var spring = Assert.Single(report.GetProperty("campaigns").EnumerateArray());
        Assert.Equal(SmallShop.Campaign, spring.GetProperty("campaign").GetString());
        Assert.Equal(6, spring.GetProperty("collaborations").GetInt32());
        Assert.Equal(40_392.50m, spring.GetProperty("cost").GetDecimal());
        Assert.Equal(450.00m, spring.GetProperty("revenue").GetDecimal());
        Assert.Equal((9L, 440L, 22_300L), (spring.GetProperty("orders").GetInt64(), spring.GetProperty("clicks").GetInt64(), spring.GetProperty("engagements").GetInt64()));
        Assert.Equal(450 / 40_392.5, spring.GetProperty("roas").GetDouble(), Tolerance);
        Assert.Equal(4_488.06m, spring.GetProperty("cpa").GetDecimal());  // 40,392.50 / 9
        Assert.Equal(91.80m, spring.GetProperty("cpc").GetDecimal());     // 40,392.50 / 440
        Assert.Equal(1.81m, spring.GetProperty("cpe").GetDecimal());      // 40,392.50 / 22,300
        Assert.False(spring.TryGetProperty("cpm", out _));
        Assert.False(spring.TryGetProperty("roi", out _));
    }

    private static async Task<HttpClient> SeededClientAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(server, workspace, Ct);
        return server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
    }
}
