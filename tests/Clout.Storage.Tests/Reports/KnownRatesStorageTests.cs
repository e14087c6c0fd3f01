using System.Globalization;
using System.Text;
using Clout.Core.Attribution;
using Clout.Core.Demo;
using Clout.Core.Engagement;
using Clout.Core.Orders;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Reports;

/// <summary>
/// The known-truth check of issue 7 through the database: a generated workspace (true tier engagement and conversion
/// rates set) is imported, clicked and ordered into SQLite and PostgreSQL, and the stored report must equal the report
/// the Core pipeline computes from the generator's own numbers — figure for figure, interval for interval. The 200-run
/// coverage and verdict checks of <c>KnownRatesTests</c> (Clout.Core.Tests) thus hold for what the product serves.
/// </summary>
public sealed class KnownRatesStorageTests
{
    private static readonly TierTruth[] Truths =
    [
        new(Tier.Micro, 40, EngagementRate: 0.032, ConversionRate: 0.030),
        new(Tier.Celebrity, 12, EngagementRate: 0.009, ConversionRate: 0.012),
    ];

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task StoredReport_EqualsTheCorePipeline_AndContainsTheTruth(DatabaseProvider provider)
    {
        var influencers = new KnownRatesGenerator(11).Generate(Truths);
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db, influencers);

        TierReport stored;
        await using (var scope = db.CreateScope(ws))
        {
            stored = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), Ct);
        }
        var ids = await db.QueryAsync(ws, context => context.Influencers.ToDictionaryAsync(i => i.Handle, i => i.Id, Ct));
        var expected = CorePipeline([.. influencers.OrderBy(i => ids[i.Handle])]);

        foreach (var truth in Truths)
        {
            var tier = stored.Tiers.Single(t => t.Tier == truth.Tier);
            var reference = expected.Tiers.Single(t => t.Tier == truth.Tier);
            foreach (var (metric, trueValue) in new[] { (Metrics.EngagementRate.Name, truth.EngagementRate), (Metrics.ConversionRate.Name, truth.ConversionRate) })
            {
                var got = tier.Metrics[metric];
                var want = reference.Metrics[metric];
                Assert.True(want.N == got.N && Math.Abs(want.Value - got.Value) < 1e-12 && Math.Abs(want.Low!.Value - got.Low!.Value) < 1e-12
                    && Math.Abs(want.High!.Value - got.High!.Value) < 1e-12, $"{truth.Tier} {metric}: stored {got}, Core {want}");
                Assert.InRange(trueValue, got.Low.Value, got.High.Value);
            }
        }
        foreach (var metric in new[] { Metrics.EngagementRate.Name, Metrics.ConversionRate.Name })
        {
            var got = stored.Contrasts.Single(c => c.Metric == metric && c.A == Tier.Micro && c.B == Tier.Celebrity);
            var want = expected.Contrasts.Single(c => c.Metric == metric && c.A == Tier.Micro && c.B == Tier.Celebrity);
            Assert.Equal(want.Reading, got.Reading);
            Assert.Equal(want.Verdict, got.Verdict);
            // Micro engages 3.6x and converts 2.5x as much: the verdict may hold back, but never names celebrities.
            Assert.NotEqual(ContrastReading.BBetter, got.Reading);
        }
        Assert.Equal(ContrastReading.ABetter, stored.Contrasts.Single(c => c.Metric == Metrics.EngagementRate.Name && c.A == Tier.Micro && c.B == Tier.Celebrity).Reading);
    }

    /// <summary>The report Clout.Core computes from the generator's numbers, units in the stored order (the bootstrap resamples by position).</summary>
    private static TierReport CorePipeline(IReadOnlyList<KnownRatesInfluencer> influencers)
    {
        var units = influencers.Select(i =>
        {
            var values = EngagementUnits.Values(InfluencerEngagement.Measure(i.Posts, new FollowerHistory([]), i.Followers, []));
            foreach (var (name, value) in ConversionUnits.Values(new InfluencerConversion(i.Visitors, i.Visitors, i.Orders, 0, []), null))
            {
                values[name] = value;
            }
            return new InfluencerUnit(i.Id, i.Handle, i.Tier, i.Posts.Count, values);
        }).ToList();
        return new TierReportBuilder(TierReportQuery.BootstrapSeed).Build("known", null, null, units);
    }

    private static async Task<WorkspaceInfo> SeedAsync(TestDatabase db, IReadOnlyList<KnownRatesInfluencer> influencers)
    {
        var ws = await db.CreateWorkspaceAsync("known");
        var roster = new StringBuilder("handle,platform,followers\n");
        var posts = new StringBuilder("post_id,influencer_handle,platform,published_at,likes,comments,shares,saves\n");
        var collaborations = new StringBuilder("campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url\n");
        foreach (var i in influencers)
        {
            roster.Append(CultureInfo.InvariantCulture, $"{i.Handle},instagram,{i.Followers}\n");
            for (var p = 0; p < i.Posts.Count; p++)
            {
                var post = i.Posts[p];
                posts.Append(CultureInfo.InvariantCulture, $"{i.Handle}-{p},{i.Handle},instagram,{post.PublishedAtUtc:yyyy-MM-ddTHH:mm:ssZ},{post.Likes},{post.Comments},{post.Shares},{post.Saves}\n");
            }
            collaborations.Append(CultureInfo.InvariantCulture, $"Known,{i.Handle},instagram,0,0,0,,l{i.Handle},https://shop.example/\n");
        }
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, roster.ToString())).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, posts.ToString())).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, collaborations.ToString())).AssertSucceeded();

        // The redirect and order intake are tested elsewhere: here each visitor is one human click, each order credited.
        await using var scope = db.CreateScope(ws);
        var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var ids = await context.Collaborations.Join(context.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, i.Handle })
            .ToDictionaryAsync(x => x.Handle, x => x.Id, Ct);
        var day = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        foreach (var i in influencers)
        {
            var collaboration = ids[i.Handle];
            context.Clicks.AddRange(Enumerable.Range(0, (int)i.Visitors).Select(v => new Click
            {
                CollaborationId = collaboration, OccurredAtUtc = day, Ref = $"{i.Handle}-{v}", VisitorId = $"{i.Handle}-{v}",
                Kind = ClickKind.Human, ReferrerHost = "www.instagram.com",
            }));
            context.Orders.AddRange(Enumerable.Range(0, (int)i.Orders).Select(o => new Order
            {
                ExternalId = $"{i.Handle}-order-{o}", OccurredAtUtc = day.AddHours(1), ReceivedAtUtc = day.AddHours(1),
                TotalMinor = 5_000, Currency = "EUR", Channel = OrderChannel.Api, AttributionSource = AttributionSource.Click,
                ClickCollaborationId = collaboration, AttributedCollaborationId = collaboration,
            }));
            await context.SaveChangesAsync(Ct);
            context.ChangeTracker.Clear();
        }
        return ws;
    }
}
