using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Loyalty;

/// <summary>Orders credited to the latest campaign post before them, within its 14 days, worked out by hand below.</summary>
public sealed class PostOrderTimingQueryTests
{
    private const string Influencers = """
        handle,platform,followers
        m1,instagram,30000
        """;

    private const string Collaborations = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,m1,instagram,100.00,0,0,M1SPRING,,
        """;

    // p1 and p2 are Spring posts a week apart; p0 has no campaign and sells nothing.
    private const string Posts = """
        post_id,influencer_handle,platform,published_at,campaign,likes,comments,shares,saves
        p0,m1,instagram,2026-02-20T10:00:00Z,,100,10,0,0
        p1,m1,instagram,2026-03-01T10:00:00Z,Spring,100,10,0,0
        p2,m1,instagram,2026-03-08T10:00:00Z,Spring,100,10,0,0
        """;

    //   o0 Feb 28: before any Spring post                → no post
    //   o1 Mar 1 12:00 (2 h after p1), o2 Mar 2 09:00 (23 h), o3 Mar 4 10:00 (72 h) → p1: 3 orders, 2 in 48 h
    //   o4 Mar 8 11:00 (1 h after p2: p2 takes over), o5 Mar 20 10:00 (12 days) → p2: 2 orders, 1 in 48 h
    //   o6 Mar 23 10:00: 15 days after p2, past its horizon → no post
    // m1: first-48-h share pooled over its posts = 3 / 5 = 0.6; no post has the 5 orders a decay fit needs.
    private const string Orders = """
        order_id,customer_id,at,total,currency,discount_codes,landing_site,ref
        o0,A,2026-02-28T10:00:00Z,50.00,EUR,M1SPRING,,
        o1,B,2026-03-01T12:00:00Z,50.00,EUR,M1SPRING,,
        o2,C,2026-03-02T09:00:00Z,50.00,EUR,M1SPRING,,
        o3,D,2026-03-04T10:00:00Z,50.00,EUR,M1SPRING,,
        o4,E,2026-03-08T11:00:00Z,50.00,EUR,M1SPRING,,
        o5,F,2026-03-20T10:00:00Z,50.00,EUR,M1SPRING,,
        o6,G,2026-03-23T10:00:00Z,50.00,EUR,M1SPRING,,
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_CreditsEachOrderToTheLatestPostWithinItsHorizon(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var timings = await TimingsAsync(db, ws, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["p1", "p2"], timings.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((3L, 2L), (timings["p1"].Orders, timings["p1"].OrdersFirst48h));
        Assert.Equal(2.0 / 3, timings["p1"].ShareFirst48h!.Value, 1e-12);
        Assert.Equal([2L, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], timings["p1"].DailyOrders);
        Assert.Equal((2L, 1L), (timings["p2"].Orders, timings["p2"].OrdersFirst48h));
        Assert.Null(timings["p2"].Decay);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_LaterPostOutsideThePeriod_StillTakesItsOrders(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        // The first week of March holds p1 only; p2 (Mar 8) still takes o4 and o5, so p1 keeps its own 3 orders.
        var rows = await db.QueryAsync(ws, async context =>
        {
            var filter = new ReportFilter(FromUtc: new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), ToUtc: new DateTime(2026, 3, 8, 0, 0, 0, DateTimeKind.Utc));
            var timings = await new PostOrderTimingQuery(context).LoadAsync(filter, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), null, Ct);
            var names = await context.Posts.ToDictionaryAsync(p => p.Id, p => p.ExternalId, Ct);
            return timings.Values.ToDictionary(r => names[r.PostId], r => r.Timing);
        });

        Assert.Equal(["p1"], rows.Keys);
        Assert.Equal((3L, 2L), (rows["p1"].Orders, rows["p1"].OrdersFirst48h));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_PostWhoseFourteenDaysHaveNotEnded_IsLeftOut(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        // Mar 20: p1's 14 days ended on Mar 15, p2's end on Mar 22.
        var timings = await TimingsAsync(db, ws, new DateTime(2026, 3, 20, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(["p1"], timings.Keys);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReport_PoolsTheFirst48HourShareOverAnInfluencersPosts(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        await using var scope = db.CreateScope(ws);
        var report = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), Ct);

        var micro = report.Tiers.Single(t => t.Tier == Tier.Micro);
        Assert.Equal(0.6, micro.Metrics[Metrics.SpikeShare.Name].Value, 1e-12);
        Assert.False(micro.Metrics.ContainsKey(Metrics.OrderHalfLife.Name));
    }

    private static async Task<Dictionary<string, Core.Loyalty.PostOrderTiming>> TimingsAsync(TestDatabase db, WorkspaceInfo ws, DateTime asOf) =>
        await db.QueryAsync(ws, async context =>
        {
            var rows = await new PostOrderTimingQuery(context).LoadAsync(new ReportFilter(), asOf, null, Ct);
            var names = await context.Posts.ToDictionaryAsync(p => p.Id, p => p.ExternalId, Ct);
            return rows.Values.ToDictionary(r => names[r.PostId], r => r.Timing);
        });

    private static async Task<WorkspaceInfo> SeedAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("timing");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Orders, Orders)).AssertSucceeded();
        return ws;
    }
}
