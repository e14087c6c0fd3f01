using System.Data.Common;
using System.Text.RegularExpressions;
using Clout.Core.Attribution;
using Clout.Core.Names;
using Clout.Core.Orders;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Tracking;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Reports;

/// <summary>
/// Clicks and orders written row by row (the redirect and order intake are built elsewhere), so that every
/// conversion figure of the report can be worked out by hand below.
/// </summary>
public sealed partial class ConversionQueryTests
{
    private const double Tolerance = 1e-9;

    // p1 has posts but no collaboration: it is in the report without conversion metrics.
    // The celebrities and m2, m3 have no posts: their sales alone put them in the report.
    private const string Influencers = """
        handle,platform,followers
        m1,instagram,30000
        m2,instagram,40000
        m3,instagram,20000
        p1,instagram,50000
        c1,instagram,2000000
        c2,instagram,3000000
        c3,instagram,4000000
        """;

    private const string Posts = """
        post_id,influencer_handle,platform,published_at,likes,comments,shares,saves
        m1-a,m1,instagram,2026-03-02T10:00:00Z,900,60,20,20
        p1-a,p1,instagram,2026-03-02T10:00:00Z,1000,0,0,0
        """;

    // Cost = fee + product cost + commission × attributed revenue. c3 has no tracking link; m3 costs nothing.
    private const string Collaborations = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,m1,instagram,100.00,20.00,0.10,M1SPRING,lm1,https://shop.example/
        Autumn,m1,instagram,50.00,0,0,M1AUTUMN,lm1b,https://shop.example/
        Spring,m2,instagram,200.00,0,0,M2SPRING,lm2,https://shop.example/
        Spring,m3,instagram,0,0,0,,lm3,https://shop.example/
        Spring,c1,instagram,5000.00,0,0,C1SPRING,lc1,https://shop.example/
        Spring,c2,instagram,8000.00,0,0,C2SPRING,lc2,https://shop.example/
        Spring,c3,instagram,6000.00,0,0,C3SPRING,,
        """;

    private static readonly DateTime Mar1 = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Apr1 = new(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime May1 = new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    // Hand computation, whole period (Spring runs [Mar 1, Apr 1); Autumn has no dates):
    //   m1: human clicks 4 (Spring) + 1 (Autumn) = 5; the bot click does not count.
    //       visitor-days: (A, Mar 2), (A, Mar 3), (B, Mar 2) = 3; A's Autumn click on Mar 2 is the same visitor-day.
    //       orders 50.00 + 70.00 (Spring) + 30.00 (Autumn) = 3 orders, 150.00.
    //       cost: 100 + 20 + 10 % × 120 = 132.00 (Spring) + 50.00 (Autumn) = 182.00.
    //       conversion 3 / 3 = 1; aov 50; cpc 182 / 5 = 36.4; cpa 182 / 3; roas 150 / 182.
    //   m2: 10 clicks by 10 visitors on Mar 5, one more at Apr 1 00:00 (visitor z) → 11 / 11;
    //       1 order of 100.00 EUR at Mar 1 00:00 (its USD order is left out: EUR is the most common currency).
    //       cost 200 → conversion 1 / 11; cpc 200 / 11; cpa 200; roas 0.5.
    //   m3: 4 / 4; 1 order 40.00; cost 0 → conversion 0.25, no cpc, cpa or roas.
    //   c1: 20 / 20; 1 order 60.00; cost 5,000 → conversion 0.05; roas 0.012.
    //   c2: 40 / 40; no orders; cost 8,000 → conversion 0, revenue 0, roas 0, cpc 200; no aov, no cpa.
    //   c3: no link → no clicks; 2 orders 200.00; cost 6,000 → roas 1/30, cpa 3,000; no conversion rate.
    // Tier medians: micro conversion rate of 1, 1/11, 0.25 → 0.25 (n = 3); celebrity of 0.05, 0 → 0.025 (n = 2).
    //   micro roas of 150/182, 0.5 → (150/182 + 0.5) / 2 (n = 2); celebrity of 0.012, 0, 1/30 → 0.012 (n = 3).

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConversionsAsync_WholePeriod_MatchesHandComputation(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var values = await ValuesAsync(db, ws, new ReportFilter());

        Assert.Equal(["c1", "c2", "c3", "m1", "m2", "m3"], values.Keys.Order(StringComparer.Ordinal));
        var m1 = values["m1"];
        Assert.Equal(5, m1["clicks"]);
        Assert.Equal(3, m1["unique_visitors"]);
        Assert.Equal(3, m1["orders"]);
        Assert.Equal(1.0, m1["conversion_rate"], Tolerance);
        Assert.Equal(150.0, m1["revenue"], Tolerance);
        Assert.Equal(50.0, m1["aov"], Tolerance);
        Assert.Equal(36.4, m1["cpc"], Tolerance);
        Assert.Equal(182.0 / 3, m1["cpa"], Tolerance);
        Assert.Equal(150.0 / 182, m1["roas"], Tolerance);

        var m2 = values["m2"];
        Assert.Equal((11d, 11d, 1d), (m2["clicks"], m2["unique_visitors"], m2["orders"]));
        Assert.Equal(100.0, m2["revenue"], Tolerance); // not 1,099: the USD order is left out
        Assert.Equal(1.0 / 11, m2["conversion_rate"], Tolerance);
        Assert.Equal(0.5, m2["roas"], Tolerance);

        Assert.Equal(["aov", "clicks", "conversion_rate", "orders", "revenue", "unique_visitors"], values["m3"].Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.25, values["m3"]["conversion_rate"], Tolerance);

        var c2 = values["c2"];
        Assert.Equal((0.0, 0.0, 0.0), (c2["orders"], c2["conversion_rate"], c2["roas"]));
        Assert.Equal(200.0, c2["cpc"], Tolerance);
        Assert.False(c2.ContainsKey("aov"));
        Assert.False(c2.ContainsKey("cpa"));

        var c3 = values["c3"];
        Assert.False(c3.ContainsKey("clicks"));
        Assert.False(c3.ContainsKey("conversion_rate"));
        Assert.Equal(1.0 / 30, c3["roas"], Tolerance);
        Assert.Equal(3000.0, c3["cpa"], Tolerance);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_WholePeriod_TierMediansCoverConversionMetrics(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var report = await BuildAsync(db, ws, new ReportFilter());

        Assert.Equal("EUR", report.Currency);
        Assert.Equal([(Tier.Micro, 4, 2), (Tier.Celebrity, 3, 0)], report.Tiers.Select(t => (t.Tier, t.Influencers, t.Posts)));
        var micro = report.Tiers[0].Metrics;
        var celebrity = report.Tiers[1].Metrics;
        Assert.Equal((0.25, 3), (micro["conversion_rate"].Value, micro["conversion_rate"].N));
        Assert.Equal((0.025, 2), (celebrity["conversion_rate"].Value, celebrity["conversion_rate"].N));
        Assert.Equal(((150.0 / 182) + 0.5) / 2, micro["roas"].Value, Tolerance);
        Assert.Equal(2, micro["roas"].N);
        Assert.Equal((0.012, 3), (Math.Round(celebrity["roas"].Value, 12), celebrity["roas"].N));
        // p1's post keeps engagement in the report; m1 and p1 are the micro influencers with posts.
        Assert.Equal(2, micro["engagement_rate"].N);
        Assert.False(celebrity.ContainsKey("engagement_rate"));
        // Costs are lower-is-better: micro (m1 60.67, m2 200) against celebrities (c3 3,000 only): too few celebrities.
        var cpa = report.Contrasts.Single(c => c.Metric == "cpa" && c.A == Tier.Micro && c.B == Tier.Celebrity);
        Assert.Null(cpa.Result);
        // Conversion rate: micro 3 against celebrity 2 → not enough data, said so.
        Assert.Contains("not enough data", report.Contrasts.Single(c => c.Metric == "conversion_rate").Verdict, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_GrossMarginSet_AddsRoi_AndAnInvalidMarginChangesNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);
        Assert.False((await BuildAsync(db, ws, new ReportFilter())).Tiers[0].Metrics.ContainsKey("roi"));

        await using (var scope = db.CreateScope(ws))
        {
            var settings = scope.ServiceProvider.GetRequiredService<WorkspaceSettingsStore>();
            await settings.SetGrossMarginAsync(ws.Id, 0.5, Ct);
            await Assert.ThrowsAsync<StorageValidationException>(() => settings.SetGrossMarginAsync(ws.Id, 1.5, Ct));
            Assert.Equal(0.5, (await settings.GetAsync(ws.Id, Ct)).GrossMargin);
        }
        var report = await BuildAsync(db, ws, new ReportFilter());

        // m1 earned 150.00 × 0.5 = 75 against 182.00; m2 100.00 × 0.5 = 50 against 200.00; the median of two is their mean.
        var roi = report.Tiers[0].Metrics["roi"];
        Assert.Equal((((75.0 - 182) / 182) + ((50.0 - 200) / 200)) / 2, roi.Value, Tolerance);
        Assert.Equal(2, roi.N);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConversionsAsync_Period_IncludesFromExcludesToAndDropsCampaignsOutside(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var march = await ValuesAsync(db, ws, new ReportFilter(FromUtc: Mar1, ToUtc: Apr1));
        var april = await ValuesAsync(db, ws, new ReportFilter(FromUtc: Apr1, ToUtc: May1));

        // [Mar 1, Apr 1): m2's order at exactly Mar 1 is in, its click at exactly Apr 1 is out.
        Assert.Equal((10d, 10d, 1d), (march["m2"]["clicks"], march["m2"]["unique_visitors"], march["m2"]["orders"]));
        // [Apr 1, May 1): Spring ended at Apr 1, so only m1's undated Autumn collaboration is in scope, with measured
        // zeros (0 clicks, 0 orders, revenue 0 on a cost of 50.00 → roas 0) and no rates of nothing.
        Assert.Equal(["m1"], april.Keys);
        Assert.Equal(
            new Dictionary<string, double> { ["clicks"] = 0, ["unique_visitors"] = 0, ["orders"] = 0, ["revenue"] = 0, ["roas"] = 0 },
            april["m1"]);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConversionsAsync_Campaign_CoversOnlyItsCollaborations(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var autumn = await ValuesAsync(db, ws, new ReportFilter(Campaign: "Autumn"));

        // m1's Autumn link: 1 click by A on Mar 2, 1 order of 30.00, cost 50.00.
        var m1 = Assert.Single(autumn).Value;
        Assert.Equal((1d, 1d, 1d), (m1["clicks"], m1["unique_visitors"], m1["orders"]));
        Assert.Equal(0.6, m1["roas"], Tolerance);
        Assert.Equal(50.0, m1["cpc"], Tolerance);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_NoClicksOrOrdersRecorded_HasNoConversionMetrics(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("untracked");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();

        var report = await BuildAsync(db, ws, new ReportFilter());

        // Fees alone measure nothing: no zeros for clicks or orders the workspace never recorded.
        var micro = Assert.Single(report.Tiers);
        Assert.Equal((2, 2), (micro.Influencers, micro.Posts));
        Assert.All(Metrics.Conversion, m => Assert.False(micro.Metrics.ContainsKey(m.Name), m.Name));
        Assert.Null(report.Currency);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConversionsAsync_ConversionInterval_IsWilsonOnVisitors(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        await using var scope = db.CreateScope(ws);
        var (rows, currency) = await scope.ServiceProvider.GetRequiredService<ConversionQuery>().ConversionsAsync(new ReportFilter(), Ct);
        Assert.Equal("EUR", currency);

        // m3: 1 order on 4 visitors → Wilson [0.0456, 0.6994] (Newcombe's method 3 for 1/4).
        var m3 = rows.Single(r => r.Influencer.Handle == "m3").Conversion.ConversionInterval!;
        Assert.Equal(0.25, m3.Value, Tolerance);
        Assert.Equal(0.0456, Math.Round(m3.Low!.Value, 4), Tolerance);
        Assert.Equal(0.6994, Math.Round(m3.High!.Value, 4), Tolerance);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task VisitorDays_KeptForEveryWriter_CountLikeTheClicksThemselves(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db); // clicks through EF
        long m1Spring, m2Spring;
        await using (var scope = db.CreateScope(ws))
        {
            var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
            var ids = await context.Collaborations.Join(context.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, c.LinkCode })
                .ToDictionaryAsync(c => c.LinkCode ?? "", c => c.Id, Ct);
            (m1Spring, m2Spring) = (ids["lm1"], ids["lm2"]);
            // The redirect's writers: the same visitor again on Mar 2 (no new day), on Mar 3 late at night, a bot.
            var mar2 = Mar1.AddDays(1);
            NewClick Click(long collaboration, string visitor, DateTime at, ClickKind kind = ClickKind.Human, string? reference = null) =>
                new(ws.Id, collaboration, at, reference ?? Guid.NewGuid().ToString("N"), visitor, kind, null, UserAgentTraits.Unknown);
            await scope.ServiceProvider.GetRequiredService<ClickWriter>().WriteAsync(
                [Click(m1Spring, "A", mar2.AddHours(20)), Click(m1Spring, "D", mar2.AddDays(1).AddHours(23).AddMinutes(59)), Click(m2Spring, "bot", mar2, ClickKind.Bot)], Ct);
            if (provider == DatabaseProvider.Sqlite)
            {
                using var log = new SqliteClickLog(db.ConnectionString);
                log.Write([Click(m1Spring, "E", mar2.AddHours(1)), Click(m2Spring, "m2-0", Mar1.AddDays(4).AddHours(2))]);
            }
        }
        (await db.ImportCsvAsync(ws, ImportKind.Clicks, """
            link_code,at,visitor_id
            lm1,2026-03-04T08:00:00Z,A
            lm2,2026-03-04T08:00:00Z,m2-new
            """)).AssertSucceeded();

        await using (var scope = db.CreateScope(ws))
        {
            var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
            // What the trigger kept is exactly the distinct (influencer, visitor, UTC day) of the human clicks.
            var clicks = await context.Clicks.Where(c => c.Kind == ClickKind.Human)
                .Join(context.Collaborations, c => c.CollaborationId, k => k.Id, (c, k) => new { k.InfluencerId, c.VisitorId, c.OccurredAtUtc })
                .ToListAsync(Ct);
            var expected = clicks.Select(c => (c.InfluencerId, c.VisitorId, DateOnly.FromDateTime(c.OccurredAtUtc))).Distinct().Order().ToList();
            var stored = (await context.VisitorDays.Select(v => new { v.InfluencerId, v.VisitorId, v.Day }).ToListAsync(Ct))
                .Select(v => (v.InfluencerId, v.VisitorId, v.Day)).Order().ToList();
            Assert.Equal(expected, stored);
        }

        // Midnight to midnight counts from the kept days; a second before midnight searches the clicks: the same answer.
        var kept = await ValuesAsync(db, ws, new ReportFilter(FromUtc: Mar1, ToUtc: May1));
        var searched = await ValuesAsync(db, ws, new ReportFilter(FromUtc: Mar1.AddSeconds(-1), ToUtc: May1));
        var whole = await ValuesAsync(db, ws, new ReportFilter());
        foreach (var handle in new[] { "m1", "m2", "m3", "c1", "c2" })
        {
            Assert.Equal(searched[handle]["unique_visitors"], kept[handle]["unique_visitors"]);
            Assert.Equal(searched[handle]["unique_visitors"], whole[handle]["unique_visitors"]);
        }
        // m1: (A, Mar 2), (A, Mar 3), (B, Mar 2) from the seed, + (D, Mar 3), (A, Mar 4), and (E, Mar 2) on SQLite's redirect log.
        Assert.Equal(provider == DatabaseProvider.Sqlite ? 6 : 5, whole["m1"]["unique_visitors"]);
        // m2: 11 from the seed, + m2-new (the bot is no visitor; m2-0 again on Mar 5 is no new visitor-day).
        Assert.Equal(12, whole["m2"]["unique_visitors"]);

        // Which way each figure was counted: a kept day without a click moves the counts from the kept rows only.
        await using (var scope = db.CreateScope(ws))
        {
            var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
            var m1 = await context.Influencers.Where(i => i.Handle == "m1").Select(i => i.Id).SingleAsync(Ct);
            context.VisitorDays.Add(new VisitorDay { InfluencerId = m1, Day = new DateOnly(2026, 3, 20), VisitorId = "kept-only" });
            await context.SaveChangesAsync(Ct);
        }
        Assert.Equal(whole["m1"]["unique_visitors"] + 1, (await ValuesAsync(db, ws, new ReportFilter()))["m1"]["unique_visitors"]);
        Assert.Equal(whole["m1"]["unique_visitors"] + 1, (await ValuesAsync(db, ws, new ReportFilter(FromUtc: Mar1, ToUtc: May1)))["m1"]["unique_visitors"]);
        Assert.Equal(whole["m1"]["unique_visitors"], (await ValuesAsync(db, ws, new ReportFilter(FromUtc: Mar1.AddSeconds(-1), ToUtc: May1)))["m1"]["unique_visitors"]);
        // A campaign searches its clicks (m1's Autumn visitor-day is also a Spring one, so Spring alone has all of them).
        Assert.Equal(whole["m1"]["unique_visitors"], (await ValuesAsync(db, ws, new ReportFilter(Campaign: "Spring")))["m1"]["unique_visitors"]);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_TheOtherConnectionFails_ThrowsItsErrorAndEnds(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);
        var failure = new ClickReadInterceptor(block: false);
        await using var services = ServicesWith(db, failure);

        // The clicks are read on the second connection; the first waits for its comments and tiers. The caller gets the
        // clicks' own error, not the "cancelled" or "already completed" of whatever was waiting on the other side.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => BuildWithAsync(services, ws, CancellationToken.None))
            .WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(ClickReadInterceptor.Message, error.Message);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_CancelledWhileTheOtherConnectionReads_Ends(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);
        var blocking = new ClickReadInterceptor(block: true);
        await using var services = ServicesWith(db, blocking);
        using var cancel = new CancellationTokenSource();

        var report = BuildWithAsync(services, ws, cancel.Token);
        await blocking.Entered.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => report).WaitAsync(TimeSpan.FromSeconds(30), Ct);
    }

    /// <summary>The storage services of <paramref name="db"/> with <paramref name="interceptor"/> on every context.</summary>
    private static ServiceProvider ServicesWith(TestDatabase db, IInterceptor interceptor)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddCloutStorage(db.ConnectionString);
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            services.ConfigureDbContext<SqliteCloutDbContext>(o => o.AddInterceptors(interceptor));
        }
        else
        {
            services.ConfigureDbContext<PostgresCloutDbContext>(o => o.AddInterceptors(interceptor));
        }
        return services.BuildServiceProvider();
    }

    private static async Task<TierReport> BuildWithAsync(ServiceProvider services, WorkspaceInfo ws, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(ws.Id, ws.Name);
        return await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), cancellationToken);
    }

    /// <summary>Fails, or holds until cancelled, the first read of the clicks table (the report's second connection).</summary>
    private sealed partial class ClickReadInterceptor(bool block) : DbCommandInterceptor
    {
        public const string Message = "the clicks cannot be read";

        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (ClicksTable().IsMatch(command.CommandText))
            {
                _entered.TrySetResult();
                if (!block)
                {
                    throw new InvalidOperationException(Message);
                }
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            return result;
        }

        [GeneratedRegex(@"FROM ""?clicks""?\s")]
        private static partial Regex ClicksTable();
    }

    private static async Task<WorkspaceInfo> SeedAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("shop");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();

        await using var scope = db.CreateScope(ws);
        var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var spring = await context.Campaigns.SingleAsync(c => c.Name == "Spring", Ct);
        spring.StartsAtUtc = Mar1;
        spring.EndsAtUtc = Apr1;
        var ids = await context.Collaborations
            .Join(context.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, c.CampaignId, i.Handle })
            .Join(context.Campaigns, x => x.CampaignId, k => k.Id, (x, k) => new { x.Id, Key = k.Name + "/" + x.Handle })
            .ToDictionaryAsync(x => x.Key, x => x.Id, Ct);

        var clickNumber = 0;
        void Click(string collaboration, string visitor, DateTime at, ClickKind kind = ClickKind.Human) =>
            context.Clicks.Add(new Click
            {
                CollaborationId = ids[collaboration], OccurredAtUtc = at, Ref = $"r{++clickNumber}", VisitorId = visitor, Kind = kind,
            });
        var orderNumber = 0;
        void Order(string? collaboration, long totalMinor, DateTime at, string source = "code", string currency = "EUR")
        {
            long? id = collaboration is null ? null : ids[collaboration];
            context.Orders.Add(new Order
            {
                ExternalId = $"o{++orderNumber}", OccurredAtUtc = at, ReceivedAtUtc = at, TotalMinor = totalMinor, Currency = currency,
                Channel = OrderChannel.Api, AttributionSource = collaboration is null ? AttributionSource.None : StoredNames.Parse<AttributionSource>(source),
                CodeCollaborationId = source == "code" ? id : null, ClickCollaborationId = source == "click" ? id : null,
                SurveyCollaborationId = source == "survey" ? id : null, AttributedCollaborationId = id,
            });
        }

        var mar2 = Mar1.AddDays(1).AddHours(9);
        Click("Spring/m1", "A", mar2);
        Click("Spring/m1", "A", mar2.AddHours(3));
        Click("Spring/m1", "A", mar2.AddDays(1));
        Click("Spring/m1", "B", mar2);
        Click("Spring/m1", "C", mar2, ClickKind.Bot);
        Click("Autumn/m1", "A", mar2.AddHours(1));
        for (var i = 0; i < 10; i++)
        {
            Click("Spring/m2", $"m2-{i}", Mar1.AddDays(4));
        }
        Click("Spring/m2", "z", Apr1);
        for (var i = 0; i < 4; i++)
        {
            Click("Spring/m3", $"m3-{i}", Mar1.AddDays(5));
        }
        for (var i = 0; i < 20; i++)
        {
            Click("Spring/c1", $"c1-{i}", Mar1.AddDays(6));
        }
        for (var i = 0; i < 40; i++)
        {
            Click("Spring/c2", $"c2-{i}", Mar1.AddDays(7));
        }

        Order("Spring/m1", 5_000, mar2.AddHours(2));
        Order("Spring/m1", 7_000, mar2.AddDays(2));
        Order("Autumn/m1", 3_000, mar2.AddHours(4), source: "click");
        Order("Spring/m2", 10_000, Mar1);
        Order("Spring/m2", 99_900, Mar1.AddDays(5), currency: "USD");
        Order("Spring/m3", 4_000, Mar1.AddDays(5), source: "survey");
        Order("Spring/c1", 6_000, Mar1.AddDays(6));
        Order("Spring/c3", 10_000, Mar1.AddDays(8));
        Order("Spring/c3", 10_000, Mar1.AddDays(9));
        Order(null, 2_500, Mar1.AddDays(9));
        await context.SaveChangesAsync(Ct);
        return ws;
    }

    private static async Task<Dictionary<string, Dictionary<string, double>>> ValuesAsync(TestDatabase db, WorkspaceInfo ws, ReportFilter filter)
    {
        await using var scope = db.CreateScope(ws);
        var (rows, _) = await scope.ServiceProvider.GetRequiredService<ConversionQuery>().ConversionsAsync(filter, Ct);
        return rows.ToDictionary(r => r.Influencer.Handle, r => ConversionUnits.Values(r.Conversion));
    }

    private static async Task<TierReport> BuildAsync(TestDatabase db, WorkspaceInfo ws, ReportFilter filter)
    {
        await using var scope = db.CreateScope(ws);
        return await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(filter, Ct);
    }
}
