using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Tests.Orders;
using Clout.Storage.Tracking;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Tracking;

/// <summary>PostgreSQL's clicks, partitioned by month: where rows land, the coming months, and the migration of a table that holds clicks.</summary>
public sealed class ClickPartitionsTests
{
    [Fact]
    public async Task Insert_LandsInItsMonthsPartition_AFarDateInTheDefault_NoFailure()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var shop = await PurchaseFixture.CreateAsync(database);
        await database.WithAsync<ClickPartitions>(null, p => p.EnsureAsync(new DateTime(2026, 3, 31, 23, 0, 0, DateTimeKind.Utc), Ct));

        await ClickRetentionTests.WriteAsync(database, shop,
            (shop.Mila, "2026-03-31 23:59:59", "a", ClickKind.Human), (shop.Mila, "2026-04-01 00:00", "a", ClickKind.Human),
            (shop.Mila, "2226-01-01 00:00", "a", ClickKind.Human), (shop.Mila, "1999-12-31 00:00", "a", ClickKind.Bot));

        Assert.Equal(["clicks_default", "clicks_default", "clicks_p202603", "clicks_p202604"], await WhereAsync(database, shop));
    }

    [Fact]
    public async Task Ensure_MakesThisAndTheComingMonths_MovingTheirClicksOutOfTheDefault()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var shop = await PurchaseFixture.CreateAsync(database);
        // Before its partition exists, a click of July 2031 waits in the default partition.
        await ClickRetentionTests.WriteAsync(database, shop, (shop.Mila, "2031-07-04 10:00", "a", ClickKind.Human));
        Assert.Equal(["clicks_default"], await WhereAsync(database, shop));

        var made = await database.WithAsync<ClickPartitions, int>(null, p => p.EnsureAsync(new DateTime(2031, 5, 10, 0, 0, 0, DateTimeKind.Utc), Ct));

        Assert.Equal(ClickPartitions.MonthsAhead + 1, made);
        var partitions = await ClickRetentionTests.PartitionsAsync(database, shop);
        Assert.All(new[] { "clicks_p203105", "clicks_p203106", "clicks_p203107", "clicks_p203108" }, p => Assert.Contains(p, partitions));
        Assert.Equal(["clicks_p203107"], await WhereAsync(database, shop));
        // The moved partition has the table's indexes, key and trigger: a new click there is stored and marks its visitor-day.
        await ClickRetentionTests.WriteAsync(database, shop, (shop.Noor, "2031-07-05 10:00", "z", ClickKind.Human));
        Assert.True(await database.QueryAsync(shop.Workspace, db => db.VisitorDays.AnyAsync(d => d.VisitorId == "z", Ct)));
        Assert.Equal(0, await database.WithAsync<ClickPartitions, int>(null, p => p.EnsureAsync(new DateTime(2031, 5, 10, 0, 0, 0, DateTimeKind.Utc), Ct)));
    }

    [Fact]
    public async Task Migrate_TableWithClicks_KeepsEveryRowAndId_VisitorDaysRight_NewIdsFollow()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var shop = await PurchaseFixture.CreateAsync(database);
        await MigrateAsync(database, "ConnectorAuthorisations");
        await ClickRetentionTests.WriteAsync(database, shop,
            (shop.Mila, "2024-02-29 10:00", "a", ClickKind.Human), (shop.Mila, "2024-02-29 11:00", "a", ClickKind.Human),
            (shop.Noor, "2025-11-30 23:59", "b", ClickKind.Human), (shop.Noor, "2025-12-01 00:00", "b", ClickKind.Bot));
        var before = await database.QueryAsync(shop.Workspace, db => db.Clicks.OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.CollaborationId, c.OccurredAtUtc, c.Ref, c.VisitorId, c.Kind }).ToListAsync(Ct));
        var visitorDays = await database.QueryAsync(shop.Workspace, db => db.VisitorDays.OrderBy(v => v.Day).Select(v => new { v.InfluencerId, v.Day, v.VisitorId }).ToListAsync(Ct));

        await MigrateAsync(database, null);

        Assert.Equal(before, await database.QueryAsync(shop.Workspace, db => db.Clicks.OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.CollaborationId, c.OccurredAtUtc, c.Ref, c.VisitorId, c.Kind }).ToListAsync(Ct)));
        Assert.Equal(["clicks_p202402", "clicks_p202402", "clicks_p202511", "clicks_p202512"], await WhereAsync(database, shop));
        Assert.Equal(2, visitorDays.Count);
        await ClickRetentionTests.WriteAsync(database, shop, (shop.Noor, "2024-02-29 12:00", "c", ClickKind.Human));
        var after = await database.QueryAsync(shop.Workspace, db => db.Clicks.Where(c => c.VisitorId == "c").Select(c => c.Id).SingleAsync(Ct));
        Assert.True(after > before.Max(c => c.Id));
        Assert.Equal(3, await database.QueryAsync(shop.Workspace, db => db.VisitorDays.CountAsync(Ct)));
    }

    /// <summary>The partition each of the workspace's clicks is stored in, sorted.</summary>
    private static Task<List<string>> WhereAsync(TestDatabase database, PurchaseFixture shop) =>
        database.QueryAsync(shop.Workspace, db => db.Database.SqlQuery<string>($"""
            SELECT tableoid::regclass::text AS "Value" FROM clicks WHERE workspace_id = {shop.Workspace.Id} ORDER BY 1
            """).ToListAsync(Ct));

    private static async Task MigrateAsync(TestDatabase database, string? target)
    {
        await using var scope = database.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Database.GetService<IMigrator>().MigrateAsync(target, Ct);
    }
}
