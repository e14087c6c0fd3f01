using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Reports;

/// <summary>CPM and CPE per influencer: the cost of its collaborations over what its paid posts earned, by hand.</summary>
public sealed class CostPerReachTests
{
    private const string Influencers = """
        handle,platform,followers
        m1,instagram,30000
        """;

    private const string Collaborations = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,m1,instagram,100.00,0,0,M1SPRING,,
        """;

    // Two Spring posts (interactions 100 + 300 = 400) and one organic post, which the fee did not pay for.
    private const string PostsHeader = "post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryPaidPostWithImpressions_GivesCpmAndCpe(DatabaseProvider provider)
    {
        var micro = await MicroMetricsAsync(provider, "10000", "30000");

        Assert.Equal(2.5, micro["cpm"], 1e-12);   // 100.00 over 40 thousand impressions
        Assert.Equal(0.25, micro["cpe"], 1e-12);  // 100.00 over 400 interactions
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task APaidPostWithoutImpressions_LeavesCpmOutButNotCpe(DatabaseProvider provider)
    {
        // The full fee over the first post's 10,000 impressions alone would read a CPM of 10.00, four times too high.
        var micro = await MicroMetricsAsync(provider, "10000", "");

        Assert.False(micro.ContainsKey("cpm"));
        Assert.Equal(0.25, micro["cpe"], 1e-12);
    }

    private static async Task<Dictionary<string, double>> MicroMetricsAsync(DatabaseProvider provider, string firstImpressions, string secondImpressions)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("cpm");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, $"""
            {PostsHeader}
            a,m1,instagram,2026-03-02T10:00:00Z,photo,true,Spring,80,10,5,5,,,{firstImpressions}
            b,m1,instagram,2026-03-05T10:00:00Z,photo,true,Spring,250,30,10,10,,,{secondImpressions}
            o,m1,instagram,2026-03-07T10:00:00Z,photo,false,,900,90,0,0,,,50000
            """)).AssertSucceeded();
        await using var scope = db.CreateScope(ws);
        var report = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), Ct);
        return report.Tiers.Single(t => t.Tier == Tier.Micro).Metrics.ToDictionary(m => m.Key, m => m.Value.Value);
    }
}
