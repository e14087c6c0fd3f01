using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Storage.Tests.Orders;
using Clout.Storage.Tracking;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Model;

/// <summary>A database holding workspaces when the keys gain workspace_id: every row survives, and the lookups fill.</summary>
public sealed class WorkspaceKeysMigrationTests
{
    private const string Before = "ConnectorAuthorisations";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Migrate_SeededWorkspaces_EveryRowKept_LinkCodesAndPublicIdsFound(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var brand = await PurchaseFixture.CreateAsync(database);
        var other = await PurchaseFixture.CreateAsync(database, "other");
        await brand.AddClickAsync(brand.Mila, "r1", PurchaseFixture.OrderAt.AddHours(-1));
        await brand.TakeAsync(PurchaseFixture.Order("o1", codes: ["MILA10"]));
        await other.TakeAsync(PurchaseFixture.Order("o2", codes: ["NOOR15"]));
        var survey = await database.WithAsync<SurveyStore, SurveyDetail>(brand.Workspace, async store =>
        {
            var created = await store.CreateAsync("After your order", SurveyTemplates.PostPurchase, null, null, Ct);
            return (await store.PublishAsync(created.Id, Ct))!;
        });
        await MigrateAsync(database, Before);
        var before = await CountsAsync(database);

        await MigrateAsync(database, null);

        Assert.Equal(before, await CountsAsync(database));
        Assert.True(before.Values.All(n => n > 0), "every seeded table holds rows: " + string.Join(", ", before));
        var link = await database.WithAsync<TrackingLinkQuery, TrackingLink?>(null, q => q.FindAsync("other-noor-spring", Ct));
        Assert.Equal((other.Workspace.Id, other.Noor), (link!.WorkspaceId, link.CollaborationId));
        var found = await database.WithAsync<SurveyIntake, PublicSurvey?>(null, intake => intake.FindLiveAsync(survey.PublicId, Ct));
        Assert.Equal((brand.Workspace.Id, survey.Id), (found!.WorkspaceId, found.SurveyId));
        // Deleting a referenced row lets go of the reference only, never of the row's workspace.
        await database.QueryAsync(brand.Workspace, db => db.Customers.ExecuteDeleteAsync(Ct));
        var order = await database.QueryAsync(brand.Workspace, db => db.Orders.AsNoTracking().SingleAsync(Ct));
        Assert.Equal((brand.Workspace.Id, (long?)null), (order.WorkspaceId, order.CustomerId));
    }

    /// <summary>Rows per table the seed fills, read without the tenant filter.</summary>
    private static async Task<Dictionary<string, long>> CountsAsync(TestDatabase database)
    {
        string[] tables = ["workspaces", "influencers", "campaigns", "collaborations", "clicks", "customers", "orders", "surveys", "survey_versions"];
        var counts = new Dictionary<string, long>();
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        foreach (var table in tables)
        {
#pragma warning disable EF1002 // The table names are the constants above.
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM {table}").SingleAsync(Ct);
#pragma warning restore EF1002
        }
        return counts;
    }

    private static async Task MigrateAsync(TestDatabase database, string? target)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        await db.Database.GetService<IMigrator>().MigrateAsync(target, Ct);
    }
}
