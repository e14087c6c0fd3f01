using Clout.Core.Attribution;
using Clout.Core.Orders;
using Clout.Core.Planning;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Planning;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Planning;

/// <summary>A small shop whose candidates, costs per post and orders per post are worked out by hand below.</summary>
public sealed class PlanCandidatesQueryTests
{
    private const string Influencers = """
        handle,platform,followers
        m1,instagram,30000
        m2,instagram,40000
        n1,instagram,20000
        c1,instagram,2000000
        """;

    private const string Collaborations = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,m1,instagram,100.00,20.00,0.10,M1SPRING,,
        Autumn,m1,instagram,50.00,0,0,M1AUTUMN,,
        Spring,m2,instagram,200.00,0,0,M2SPRING,,
        Autumn,m2,instagram,300.00,0,0,M2AUTUMN,,
        Spring,c1,instagram,5000.00,0,0,C1SPRING,,
        """;

    // m1-c has no reach; m1-o and n1-a are organic (no campaign), so no collaboration post.
    private const string Posts = """
        post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions
        m1-a,m1,instagram,2026-03-02T10:00:00Z,photo,true,Spring,100,10,5,5,,5000,6000
        m1-b,m1,instagram,2026-03-05T10:00:00Z,photo,true,Spring,200,20,10,10,,6000,7000
        m1-c,m1,instagram,2026-03-09T10:00:00Z,photo,true,Autumn,50,5,0,0,,,
        m1-o,m1,instagram,2026-03-10T10:00:00Z,photo,false,,900,90,0,0,,9000,9500
        m2-a,m2,instagram,2026-03-03T10:00:00Z,reel,true,Spring,400,40,20,20,,8000,9000
        n1-a,n1,instagram,2026-03-03T10:00:00Z,photo,false,,100,0,0,0,,2000,2000
        """;

    // By hand:
    //   m1: collaboration posts a, b, c (S = 3); o is organic. Orders Q = 3 (Spring) + 1 (Autumn) = 4.
    //       cost: Spring 100 + 20 + 10 % × (50 + 70 + 20) = 134.00, Autumn 50.00 → 184.00 / 3 posts = 61.33.
    //       c has no reach: history = a, b (H = 2), carrying round(4 × 2 / 3) = round(2.67) = 3 orders: a 1, b 2.
    //       interactions a 100 + 10 + 5 + 5 = 120, b 240.
    //   m2: one post, 1 order, 200.00 per post; interactions 480. Its Autumn collaboration (300.00) is booked but not
    //       posted yet: it adds nothing to the cost of the Spring post (not 500.00).
    //   n1: no collaboration → left out. c1: a collaboration but no posts of it → left out.
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_SmallShop_MatchesHandComputation(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db, withOrders: true);

        var loaded = await LoadAsync(db, ws);

        Assert.Equal("EUR", loaded.Currency);
        Assert.True(loaded.RecordsOrders);
        Assert.Equal(["m1", "m2"], loaded.Candidates.Select(c => c.Handle));
        var m1 = loaded.Candidates[0];
        Assert.Equal((Tier.Micro, 30_000L, 6_133L), (m1.Tier, m1.Followers, m1.CostPerPostMinor));
        // Revenue: the orders' 170.00 over 4 orders is 42.50 an order, carried by each post's share of the orders.
        Assert.Equal([new PostOutcome(5_000, 120, 1, 4_250), new PostOutcome(6_000, 240, 2, 8_500)], m1.History);
        var m2 = loaded.Candidates[1];
        Assert.Equal(20_000L, m2.CostPerPostMinor);
        Assert.Equal([new PostOutcome(8_000, 480, 1, 10_000)], m2.History);
        Assert.Equal(2, loaded.Excluded.Count);
        Assert.StartsWith("c1: collaborations but no posts", loaded.Excluded[0], StringComparison.Ordinal);
        Assert.StartsWith("n1: no collaboration", loaded.Excluded[1], StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_NoOrdersRecorded_ZeroOrdersAndSaysSo(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db, withOrders: false);

        var loaded = await LoadAsync(db, ws);

        Assert.False(loaded.RecordsOrders);
        Assert.Null(loaded.Currency);
        Assert.All(loaded.Candidates.SelectMany(c => c.History), p => Assert.Equal(0, p.Orders));
        // Without commission revenue m1 costs 120.00 + 50.00 over 3 posts.
        Assert.Equal(5_667L, loaded.Candidates.Single(c => c.Handle == "m1").CostPerPostMinor);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PlanAsync_BudgetForBoth_BooksBothAndListsEveryoneLeftOut_TheSameEachTime(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db, withOrders: true);

        var first = await PlanAsync(db, ws, 30_000, PlanGoal.Conversions);
        var second = await PlanAsync(db, ws, 30_000, PlanGoal.Conversions);
        var tight = await PlanAsync(db, ws, 10_000, PlanGoal.Conversions);

        Assert.Equal(["m1", "m2"], first.Comparison.Best.Picks.Select(p => p.Candidate.Handle));
        Assert.Equal(26_133L, first.Comparison.Best.CostMinor);
        Assert.Null(first.Comparison.OneCelebrity);
        Assert.Equal(2, first.Comparison.Excluded.Count(e => e.StartsWith("c1:", StringComparison.Ordinal) || e.StartsWith("n1:", StringComparison.Ordinal)));
        Assert.Equal(first.Comparison.Best.Outcome, second.Comparison.Best.Outcome);
        // 100.00 buys m1's post (61.33), not m2's (200.00).
        Assert.Equal(["m1"], tight.Comparison.Best.Picks.Select(p => p.Candidate.Handle));
    }

    private static async Task<WorkspaceInfo> SeedAsync(TestDatabase db, bool withOrders)
    {
        var ws = await db.CreateWorkspaceAsync("shop");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts)).AssertSucceeded();
        if (!withOrders)
        {
            return ws;
        }
        await using var scope = db.CreateScope(ws);
        var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var ids = await context.Collaborations
            .Join(context.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, c.CampaignId, i.Handle })
            .Join(context.Campaigns, x => x.CampaignId, k => k.Id, (x, k) => new { x.Id, Key = k.Name + "/" + x.Handle })
            .ToDictionaryAsync(x => x.Key, x => x.Id, Ct);
        var at = new DateTime(2026, 3, 6, 12, 0, 0, DateTimeKind.Utc);
        var number = 0;
        foreach (var (collaboration, totalMinor) in new[] { ("Spring/m1", 5_000L), ("Spring/m1", 7_000L), ("Spring/m1", 2_000L), ("Autumn/m1", 3_000L), ("Spring/m2", 10_000L) })
        {
            context.Orders.Add(new Order
            {
                ExternalId = $"o{++number}", OccurredAtUtc = at, ReceivedAtUtc = at, TotalMinor = totalMinor, Currency = "EUR",
                Channel = OrderChannel.Api, AttributionSource = AttributionSource.Code, CodeCollaborationId = ids[collaboration], AttributedCollaborationId = ids[collaboration],
            });
        }
        await context.SaveChangesAsync(Ct);
        return ws;
    }

    private static async Task<PlanCandidates> LoadAsync(TestDatabase db, WorkspaceInfo ws)
    {
        await using var scope = db.CreateScope(ws);
        return await scope.ServiceProvider.GetRequiredService<PlanCandidatesQuery>().LoadAsync(Ct);
    }

    private static async Task<WorkspacePlan> PlanAsync(TestDatabase db, WorkspaceInfo ws, long budgetMinor, PlanGoal goal)
    {
        await using var scope = db.CreateScope(ws);
        return await scope.ServiceProvider.GetRequiredService<PlanCandidatesQuery>().PlanAsync(budgetMinor, goal, Ct);
    }
}
