using Clout.Core.Loyalty;
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

/// <summary>Repeat purchases read from orders imported with promo codes, worked out by hand below.</summary>
public sealed class RepeatPurchaseQueryTests
{
    private const string Influencers = """
        handle,platform,followers
        m1,instagram,30000
        c1,instagram,2000000
        """;

    private const string Collaborations = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,m1,instagram,100.00,0,0,M1SPRING,,
        Spring,c1,instagram,5000.00,0,0,C1SPRING,,
        Autumn,m1,instagram,100.00,0,0,M1AUTUMN,,
        """;

    // Window 90 days, as of 2026-09-01:
    //   A: Jan 10 M1SPRING (first, m1), Feb 1 no code (22 days later)     → m1 repeater
    //   B: Jan 15 M1SPRING, Jun 1 no code (137 days later)                → m1, not a repeater
    //   C: Jan 20 C1SPRING, Jan 25 C1SPRING                               → c1 repeater
    //   D: Aug 1 M1SPRING: Aug 1 + 90 days is after Sep 1                 → too recent, in no cohort yet
    //   E: Jan 5 no code (first order not attributed), Jan 10 M1SPRING    → in no cohort
    //   F: Feb 1 M1AUTUMN                                                 → m1 (Autumn), not a repeater
    private const string Orders = """
        order_id,customer_id,at,total,currency,discount_codes,landing_site,ref
        a1,A,2026-01-10T10:00:00Z,50.00,EUR,M1SPRING,,
        a2,A,2026-02-01T10:00:00Z,50.00,EUR,,,
        b1,B,2026-01-15T10:00:00Z,50.00,EUR,M1SPRING,,
        b2,B,2026-06-01T10:00:00Z,50.00,EUR,,,
        c1,C,2026-01-20T10:00:00Z,50.00,EUR,C1SPRING,,
        c2,C,2026-01-25T10:00:00Z,50.00,EUR,C1SPRING,,
        d1,D,2026-08-01T10:00:00Z,50.00,EUR,M1SPRING,,
        e1,E,2026-01-05T10:00:00Z,50.00,EUR,,,
        e2,E,2026-01-10T12:00:00Z,50.00,EUR,M1SPRING,,
        f1,F,2026-02-01T10:00:00Z,50.00,EUR,M1AUTUMN,,
        """;

    private static readonly DateTime AsOf = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_WholeHistory_CountsOnlyCohortsWithTheirWholeWindow(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (ws, ids) = await SeedAsync(db);

        var report = await LoadAsync(db, ws, ids, new ReportFilter());

        Assert.Equal((3, 1), Counts(report, ids["m1"]));  // A, B, F; A came back
        Assert.Equal((1, 1), Counts(report, ids["c1"]));  // C
        Assert.Equal(1, report.TooRecent);                // D
        var micro = report.Tiers.Single(t => t.Tier == Tier.Micro);
        Assert.Equal(1.0 / 3, micro.Repeat.Rate!.Value, 1e-12);
        // A's second order came exactly 22 days later: Shares[d − 1] counts returns before first + d days, so the
        // curve is 0 up to d = 22 and 1/3 from d = 23 on.
        Assert.Equal(0, micro.Curve.Shares[21]);
        Assert.Equal(1.0 / 3, micro.Curve.Shares[22], 1e-12);
        Assert.Equal(1.0 / 3, micro.Curve.Shares[^1], 1e-12);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task LoadAsync_CampaignAndPeriod_CreditOnlyFirstOrdersInScope(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (ws, ids) = await SeedAsync(db);

        // Spring only: F's first order was for Autumn, so F belongs to no Spring cohort.
        var spring = await LoadAsync(db, ws, ids, new ReportFilter(Campaign: "Spring"));
        // From Jan 12: A's first order (Jan 10) lies before the period; B and F remain, neither came back.
        var fromJan12 = await LoadAsync(db, ws, ids, new ReportFilter(FromUtc: new DateTime(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc)));
        // A 10-day window: C (5 days) still came back, A (22 days) no longer does; D's window has passed by Sep 1.
        var tenDays = await LoadAsync(db, ws, ids, new ReportFilter { RepeatWindowDays = 10 });

        Assert.Equal((2, 1), Counts(spring, ids["m1"]));
        Assert.Equal((2, 0), Counts(fromJan12, ids["m1"]));
        Assert.Equal((1, 1), Counts(fromJan12, ids["c1"]));
        Assert.Equal((4, 0), Counts(tenDays, ids["m1"]));
        Assert.Equal((1, 1), Counts(tenDays, ids["c1"]));
        Assert.Equal(0, tenDays.TooRecent);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReport_CarriesRepeatRatePerInfluencerAndTheLoyaltySection(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (ws, _) = await SeedAsync(db);

        await using var scope = db.CreateScope(ws);
        var report = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), Ct);

        // The report's clock is the real one, long past D's window (Aug 1 + 90 days): m1 has A, B, D, F → 1/4.
        var micro = report.Tiers.Single(t => t.Tier == Tier.Micro);
        Assert.Equal((0.25, 1), (micro.Metrics[Metrics.RepeatRate.Name].Value, micro.Metrics[Metrics.RepeatRate.Name].N));
        Assert.Equal(1.0, report.Tiers.Single(t => t.Tier == Tier.Celebrity).Metrics[Metrics.RepeatRate.Name].Value);
        Assert.NotNull(report.Loyalty);
        Assert.Equal(RepeatPurchase.DefaultWindowDays, report.Loyalty.WindowDays);
        Assert.Equal(5, report.Loyalty.Tiers.Sum(t => t.Repeat.Customers));
    }

    [Fact]
    public void Create_RepeatWindowOutOfRange_NamesIt()
    {
        var (filter, error) = ReportFilter.Create(null, null, null, 0);

        Assert.Null(filter);
        Assert.Equal("the repeat window must be 1 to 3650 days, not 0", error);
        Assert.Equal(30, ReportFilter.Create(null, null, null, 30).Filter!.RepeatWindowDays);
    }

    private static (int Customers, int Repeaters) Counts(RepeatPurchaseReport report, long influencer)
    {
        var repeat = report.Influencers.Single(i => i.InfluencerId == influencer).Repeat;
        return (repeat.Customers, repeat.Repeaters);
    }

    private static async Task<RepeatPurchaseReport> LoadAsync(TestDatabase db, WorkspaceInfo ws, Dictionary<string, long> ids, ReportFilter filter) =>
        await db.QueryAsync(ws, context => new RepeatPurchaseQuery(context).LoadAsync(
            filter, new Dictionary<long, Tier> { [ids["m1"]] = Tier.Micro, [ids["c1"]] = Tier.Celebrity }, AsOf, Ct));

    private static async Task<(WorkspaceInfo, Dictionary<string, long>)> SeedAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("loyal");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Orders, Orders)).AssertSucceeded();
        var ids = await db.QueryAsync(ws, context => context.Influencers.ToDictionaryAsync(i => i.Handle, i => i.Id, Ct));
        return (ws, ids);
    }
}
