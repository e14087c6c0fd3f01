using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Reports;

/// <summary>
/// A hand-built roster whose every rate is worked out below, so that each figure of the report can be checked
/// by hand. Interactions = likes + comments + shares + saves; ER = interactions / followers at post time.
/// </summary>
public sealed class TierReportQueryTests
{
    private const double Tolerance = 1e-12;

    // Roster followers. m1's snapshots override its 31,000: 20,000 on Jan 1, 30,000 on Jan 11 (the latest).
    // n1 has no posts and so no place in the report.
    private const string Influencers = """
        handle,platform,followers
        m1,instagram,31000
        m2,instagram,40000
        m3,instagram,20000
        c1,instagram,2000000
        c2,instagram,5000000
        c3,instagram,1500000
        n1,instagram,5000
        """;

    private const string Followers = """
        influencer_handle,platform,date,followers
        m1,instagram,2026-01-01,20000
        m1,instagram,2026-01-11,30000
        """;

    private const string Posts = """
        post_id,influencer_handle,platform,published_at,campaign,likes,comments,shares,saves
        m1-a,m1,instagram,2026-01-06T00:00:00Z,,1000,150,50,50
        m1-b,m1,instagram,2026-01-11T00:00:00Z,,500,60,20,20
        m1-c,m1,instagram,2026-01-20T00:00:00Z,Launch,2000,300,50,50
        m2-a,m2,instagram,2026-01-05T00:00:00Z,Launch,1000,150,25,25
        m2-b,m2,instagram,2026-01-15T00:00:00Z,,1700,200,50,50
        m3-a,m3,instagram,2026-01-12T00:00:00Z,,150,30,10,10
        m3-b,m3,instagram,2026-01-25T00:00:00Z,,500,60,20,20
        c1-a,c1,instagram,2026-01-11T01:00:00+01:00,Launch,18000,1500,300,200
        c1-b,c1,instagram,2026-01-19T23:59:59Z,,36000,3000,600,400
        c2-a,c2,instagram,2026-01-08T00:00:00Z,,45000,4000,600,400
        c2-b,c2,instagram,2026-01-20T00:00:00Z,,45000,4000,600,400
        c3-a,c3,instagram,2026-01-14T00:00:00Z,,13500,1200,200,100
        """;

    // Per post (interactions / followers at post time):
    //   m1-a 1,250 / 25,000 (Jan 6 is halfway from 20,000 on Jan 1 to 30,000 on Jan 11) = 0.05
    //   m1-b   600 / 30,000 (on the Jan 11 snapshot) = 0.02
    //   m1-c 2,400 / 30,000 (after the last snapshot) = 0.08          → m1 median 0.05
    //   m2: 1,200 / 40,000 = 0.03; 2,000 / 40,000 = 0.05              → m2 median 0.04
    //   m3:   200 / 20,000 = 0.01;   600 / 20,000 = 0.03              → m3 median 0.02
    //   c1: 20,000 / 2M = 0.01; 40,000 / 2M = 0.02                    → c1 median 0.015
    //   c2: 50,000 / 5M = 0.01 twice                                   → c2 median 0.01
    //   c3: 15,000 / 1.5M = 0.01                                       → c3 median 0.01
    private static readonly DateTime Jan11 = new(2026, 1, 11, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Jan20 = new(2026, 1, 20, 0, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InfluencersAsync_WithSnapshots_RatesEachPostByFollowersAtPostTime(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var m1 = (await InfluencersAsync(db, ws, new ReportFilter())).Single(s => s.Handle == "m1");

        // Median of 0.05, 0.02, 0.08. Rating every post by today's 30,000 would give 1,250 / 30,000 ≈ 0.0417.
        Assert.Equal(0.05, Assert.NotNull(m1.Engagement.EngagementRate), Tolerance);
        Assert.Equal(3, m1.Engagement.Posts);
        Assert.Equal(30_000, m1.Followers); // the latest snapshot, not the roster's 31,000
        Assert.Equal(Tier.Micro, m1.Tier);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InfluencerAsync_WithSnapshots_ShowsFollowersAndRateOfEachPost(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        var id = (await InfluencersAsync(db, ws, new ReportFilter())).Single(s => s.Handle == "m1").Id;

        await using var scope = db.CreateScope(ws);
        var detail = await scope.ServiceProvider.GetRequiredService<InfluencerPostsQuery>().LoadAsync(id, new ReportFilter(), Ct);

        var posts = Assert.NotNull(detail).Posts;
        Assert.Equal(["m1-a", "m1-b", "m1-c"], posts.Select(p => p.PostId));
        Assert.Equal([25_000d, 30_000d, 30_000d], posts.Select(p => p.FollowersAtPost));
        Assert.Equal([1_250L, 600L, 2_400L], posts.Select(p => p.Interactions));
        Assert.Equal([0.05, 0.02, 0.08], posts.Select(p => p.EngagementRate!.Value), (a, b) => Math.Abs(a - b) < Tolerance);
        Assert.All(posts, p => Assert.Equal(DateTimeKind.Utc, p.PublishedAtUtc.Kind));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_WholePeriod_CountsInfluencersAndPostsPerTier(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var report = await BuildAsync(db, ws, new ReportFilter());

        // n1 (nano) has no posts, and nobody is macro: only two tiers.
        Assert.Equal([Tier.Micro, Tier.Celebrity], report.Tiers.Select(t => t.Tier));
        var micro = report.Tiers[0];
        var celebrity = report.Tiers[1];
        Assert.Equal((3, 7), (micro.Influencers, micro.Posts));
        Assert.Equal((3, 5), (celebrity.Influencers, celebrity.Posts));
        // Tier values are medians over influencers: of 0.05, 0.04, 0.02 and of 0.015, 0.01, 0.01.
        var microEr = micro.Metrics[Metrics.EngagementRate.Name];
        var celebrityEr = celebrity.Metrics[Metrics.EngagementRate.Name];
        Assert.Equal((0.04, 3), (Math.Round(microEr.Value, 12), microEr.N));
        Assert.Equal((0.01, 3), (Math.Round(celebrityEr.Value, 12), celebrityEr.N));
        Assert.Equal("roster", report.Workspace);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_CampaignFilter_CoversOnlyThatCampaignsPosts(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var report = await BuildAsync(db, ws, new ReportFilter(Campaign: "Launch"));

        // Launch: m1-c, m2-a (micro), c1-a (celebrity).
        Assert.Equal([(Tier.Micro, 2, 2), (Tier.Celebrity, 1, 1)], report.Tiers.Select(t => (t.Tier, t.Influencers, t.Posts)));
        // m1 on m1-c alone is 0.08, m2 on m2-a alone is 0.03: the median of two is their mean, 0.055.
        Assert.Equal(0.055, report.Tiers[0].Metrics[Metrics.EngagementRate.Name].Value, Tolerance);
        Assert.Equal(0.01, report.Tiers[1].Metrics[Metrics.EngagementRate.Name].Value, Tolerance);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_UnknownCampaign_HasNoTiers(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var report = await BuildAsync(db, ws, new ReportFilter(Campaign: "Nope"));

        Assert.Empty(report.Tiers);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_Period_IncludesFromAndExcludesTo(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        var filter = new ReportFilter(FromUtc: Jan11, ToUtc: Jan20);

        var report = await BuildAsync(db, ws, filter);
        var roster = await InfluencersAsync(db, ws, filter);

        // [Jan 11, Jan 20): m1-b, m2-b, m3-a; c1-a (exactly at from, written as 01:00+01:00), c1-b (a second before to), c3-a.
        // m1-c and c2-b sit exactly at to and are out; c2 has nothing left.
        Assert.Equal([(Tier.Micro, 3, 3), (Tier.Celebrity, 2, 3)], report.Tiers.Select(t => (t.Tier, t.Influencers, t.Posts)));
        Assert.Equal((Jan11, Jan20), (report.FromUtc, report.ToUtc));
        var m1 = roster.Single(s => s.Handle == "m1");
        Assert.Equal(1, m1.Engagement.Posts);
        Assert.Equal(0.02, Assert.NotNull(m1.Engagement.EngagementRate), Tolerance); // m1-b alone
        Assert.Equal(2, roster.Single(s => s.Handle == "c1").Engagement.Posts);
        Assert.Equal(0, roster.Single(s => s.Handle == "c2").Engagement.Posts);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InfluencersAsync_WorkspaceTierPolicy_DrawsTheLines(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        await using (var scope = db.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().SetTierPolicyAsync(ws.Id, new TierPolicy(1_000, 25_000, 3_000_000), Ct);
        }

        var tiers = (await InfluencersAsync(db, ws, new ReportFilter())).ToDictionary(s => s.Handle, s => s.Tier);

        // micro from 1,000, macro from 25,000, celebrity from 3,000,000.
        Assert.Equal(Tier.Macro, tiers["m1"]);      // 30,000
        Assert.Equal(Tier.Macro, tiers["m2"]);      // 40,000
        Assert.Equal(Tier.Micro, tiers["m3"]);      // 20,000
        Assert.Equal(Tier.Macro, tiers["c1"]);      // 2,000,000
        Assert.Equal(Tier.Celebrity, tiers["c2"]);  // 5,000,000
        Assert.Equal(Tier.Micro, tiers["n1"]);      // 5,000
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_Cancelled_EndsAndTheNextReportIsWhole(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        await using var scope = db.CreateScope(ws);
        var query = scope.ServiceProvider.GetRequiredService<TierReportQuery>();

        // Cancelled before it starts: it ends with the cancellation (ConversionQueryTests cancels one mid-read).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => query.BuildAsync(new ReportFilter(), new CancellationToken(canceled: true)))
            .WaitAsync(TimeSpan.FromSeconds(30), Ct);

        // The scope is still usable: what the failed report was to hand over is read again, not taken from it.
        Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<Authenticity.AuthenticityQuery>().AllAsync(Ct));
        var report = await BuildAsync(db, ws, new ReportFilter());
        Assert.Equal((3, 7), (report.Tiers[0].Influencers, report.Tiers[0].Posts));
    }

    private static async Task<WorkspaceInfo> RosterAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("roster");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Followers, Followers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts)).AssertSucceeded();
        return ws;
    }

    private static async Task<List<InfluencerSummary>> InfluencersAsync(TestDatabase db, WorkspaceInfo ws, ReportFilter filter)
    {
        await using var scope = db.CreateScope(ws);
        return await scope.ServiceProvider.GetRequiredService<RosterQuery>().InfluencersAsync(filter, Ct);
    }

    private static async Task<TierReport> BuildAsync(TestDatabase db, WorkspaceInfo ws, ReportFilter filter)
    {
        await using var scope = db.CreateScope(ws);
        return await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(filter, Ct);
    }
}
