using System.Text.Json;
using Clout.Core.Tracking;
using Clout.Storage.Campaigns;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Tests.Orders;
using Clout.Storage.Tracking;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Tracking;

/// <summary>Raw clicks older than the kept months dropped, their days rolled up: every report reads the same.</summary>
public sealed class ClickRetentionTests
{
    private static readonly DateTime Cutoff = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly ReportFilter[] Filters =
    [
        new(),
        new("spring"),
        // Not whole days, so visitors are counted from the clicks (and the rolled-up days): no click on either edge's day.
        new(FromUtc: new DateTime(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc), ToUtc: new DateTime(2026, 3, 20, 12, 0, 0, DateTimeKind.Utc)),
        new(FromUtc: new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), ToUtc: new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc)),
    ];

    [Fact]
    public void CutoffUtc_KeepsTheCurrentMonthAndWholeMonthsBefore()
    {
        Assert.Equal(Cutoff, ClickRetention.CutoffUtc(new DateTime(2026, 5, 31, 23, 59, 59, DateTimeKind.Utc), 2));
        Assert.Equal(new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), ClickRetention.CutoffUtc(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), 1));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DropBefore_OldMonths_RawClicksGone_ReportsUnchanged(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var shop = await PurchaseFixture.CreateAsync(database);
        // January to April get partitions of their own on PostgreSQL; 2020 waits in the default partition.
        await database.WithAsync<ClickPartitions>(null, p => p.EnsureAsync(new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc), Ct));
        await WriteAsync(database, shop,
            (shop.Mila, "2020-06-01 10:00", "a", ClickKind.Human),
            (shop.Mila, "2026-01-20 08:00", "a", ClickKind.Human),
            (shop.Mila, "2026-01-20 09:00", "a", ClickKind.Human), // the same visitor again that day
            (shop.Noor, "2026-01-20 09:30", "a", ClickKind.Human), // the same person at the other influencer
            (shop.Mila, "2026-01-20 10:00", "b", ClickKind.Bot),
            (shop.Mila, "2026-01-21 10:00", "a", ClickKind.Human), // a new day: a new visitor
            (shop.Noor, "2026-02-28 23:59", "c", ClickKind.Human),
            (shop.Noor, "2026-03-01 00:00", "c", ClickKind.Human), // the first kept instant
            (shop.Mila, "2026-03-15 12:00", "d", ClickKind.Human));
        var before = await ReportsAsync(database, shop);

        var dropped = await database.WithAsync<ClickRetention, int>(null, r => r.DropBeforeAsync(Cutoff, Ct));

        Assert.True(dropped > 0);
        var left = await database.QueryAsync(shop.Workspace, db => db.Clicks.OrderBy(c => c.OccurredAtUtc).Select(c => c.OccurredAtUtc).ToListAsync(Ct));
        Assert.Equal([Cutoff, new DateTime(2026, 3, 15, 12, 0, 0, DateTimeKind.Utc)], left);
        Assert.Equal(before, await ReportsAsync(database, shop));
        // The visitor-days are a rollup already: they stay.
        Assert.Equal(7, await database.QueryAsync(shop.Workspace, db => db.VisitorDays.CountAsync(Ct)));
        // Once more changes nothing.
        await database.WithAsync<ClickRetention, int>(null, r => r.DropBeforeAsync(Cutoff, Ct));
        Assert.Equal(before, await ReportsAsync(database, shop));
    }

    [Fact]
    public async Task DropBefore_Postgres_DropsWholePartitions_KeepsLaterOnes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var shop = await PurchaseFixture.CreateAsync(database);
        await database.WithAsync<ClickPartitions>(null, p => p.EnsureAsync(new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc), Ct));
        await WriteAsync(database, shop, (shop.Mila, "2026-01-20 08:00", "a", ClickKind.Human), (shop.Mila, "2026-03-20 08:00", "a", ClickKind.Human));

        await database.WithAsync<ClickRetention, int>(null, r => r.DropBeforeAsync(Cutoff, Ct));

        var partitions = await PartitionsAsync(database, shop);
        Assert.DoesNotContain("clicks_p202601", partitions);
        Assert.DoesNotContain("clicks_p202602", partitions);
        Assert.Contains("clicks_p202603", partitions);
        Assert.Contains("clicks_default", partitions);
    }

    internal static Task<List<string>> PartitionsAsync(TestDatabase database, PurchaseFixture shop) =>
        database.QueryAsync(shop.Workspace, db => db.Database.SqlQuery<string>($"""
            SELECT c.relname AS "Value" FROM pg_inherits AS i JOIN pg_class AS c ON c.oid = i.inhrelid WHERE i.inhparent = 'clicks'::regclass
            """).ToListAsync(Ct));

    internal static async Task WriteAsync(TestDatabase database, PurchaseFixture shop, params (long Collaboration, string At, string Visitor, ClickKind Kind)[] clicks)
    {
        await using var scope = database.CreateScope(shop.Workspace);
        var n = 0;
        await scope.ServiceProvider.GetRequiredService<ClickWriter>().WriteAsync([.. clicks.Select(c =>
        {
            var at = DateTime.SpecifyKind(DateTime.Parse(c.At, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);
            return new NewClick(shop.Workspace.Id, c.Collaboration, at, $"r{n++}-{at.Ticks}", c.Visitor, c.Kind, null, UserAgentTraits.Unknown);
        })], Ct);
    }

    /// <summary>The conversion side of the tier report under each filter, the campaigns' economics and the campaign page's activity, as JSON.</summary>
    private static async Task<string> ReportsAsync(TestDatabase database, PurchaseFixture shop)
    {
        await using var scope = database.CreateScope(shop.Workspace);
        var services = scope.ServiceProvider;
        var conversions = new List<object>();
        foreach (var filter in Filters)
        {
            conversions.Add((await services.GetRequiredService<ConversionQuery>().LoadAsync(filter, Ct)).ByInfluencer.OrderBy(p => p.Key).ToList());
        }
        var economics = (await services.GetRequiredService<CampaignEconomicsQuery>().LoadAsync(Ct)).Campaigns;
        var campaign = await services.GetRequiredService<CloutDbContext>().Campaigns.Select(c => c.Id).SingleAsync(Ct);
        var activity = await services.GetRequiredService<CampaignActivityQuery>().ReadAsync(campaign, Ct);
        return JsonSerializer.Serialize(new { conversions, economics, activity.Collaborations, activity.Days });
    }
}
