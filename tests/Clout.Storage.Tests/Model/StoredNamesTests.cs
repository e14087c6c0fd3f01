using Clout.Core.Access;
using Clout.Core.Orders;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Surveys;
using Clout.Storage.Tests.Orders;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Model;

/// <summary>
/// The domain's kinds are enums, stored by name through value converters: the columns hold exactly the names they
/// held as strings, so the schema, the migrations and every database written before stay valid.
/// </summary>
public sealed class StoredNamesTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Orders_EachProvider_ChannelSourceAndWebhookProviderStoredByName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);

        await f.TakeAsync(PurchaseFixture.Order("o1", codes: ["MILA10"]));
        await f.TakeAsync(PurchaseFixture.Order("o2") with { Channel = OrderChannel.Shopify }, new WebhookReceipt(WebhookProvider.Shopify, "delivery-1"));
        await f.TakeAsync(PurchaseFixture.Order("o3") with { Channel = OrderChannel.Import });

        Assert.Equal(["api", "shopify", "import"], await ColumnAsync(database, f.Workspace, "SELECT channel AS \"Value\" FROM orders ORDER BY external_id"));
        Assert.Equal(["code", "none", "none"], await ColumnAsync(database, f.Workspace, "SELECT attribution_source AS \"Value\" FROM orders ORDER BY external_id"));
        Assert.Equal(["shopify"], await ColumnAsync(database, f.Workspace, "SELECT provider AS \"Value\" FROM webhook_deliveries"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Surveys_EachProvider_EveryStateStoredByName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var workspace = await database.CreateWorkspaceAsync("brand");
        await using var scope = database.CreateScope(workspace);
        var store = scope.ServiceProvider.GetRequiredService<SurveyStore>();
        const string States = "SELECT state AS \"Value\" FROM surveys";

        var survey = await store.CreateAsync("After your order", SurveyTemplates.Nps, null, null, Ct);
        Assert.Equal(["draft"], await ColumnAsync(database, workspace, States));
        await store.PublishAsync(survey.Id, Ct);
        Assert.Equal(["live"], await ColumnAsync(database, workspace, States));
        // Written by a bulk update, which converts the constant too.
        await store.CloseAsync(survey.Id, Ct);
        Assert.Equal(["closed"], await ColumnAsync(database, workspace, States));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Users_EachProvider_RoleStoredByName(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var workspace = await database.CreateWorkspaceAsync("brand");
        await using (var scope = database.CreateScope(workspace))
        {
            var store = scope.ServiceProvider.GetRequiredService<UserStore>();
            await store.AddAsync("ana@example.com", "hash", Role.Viewer, Ct);
            await store.AddAsync("olga@example.com", "hash", Role.Owner, Ct);
        }

        Assert.Equal(["viewer", "owner"], await ColumnAsync(database, workspace, "SELECT role AS \"Value\" FROM users ORDER BY email"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Read_ANameNoEnumHas_FailsNamingTheValue(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var workspace = await database.CreateWorkspaceAsync("brand");
        await using var scope = database.CreateScope(workspace);
        var store = scope.ServiceProvider.GetRequiredService<SurveyStore>();
        var survey = await store.CreateAsync("After your order", SurveyTemplates.Nps, null, null, Ct);
        await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Database.ExecuteSqlRawAsync("UPDATE surveys SET state = 'paused'", Ct);

        var error = await Assert.ThrowsAsync<FormatException>(() => store.GetAsync(survey.Id, Ct));

        Assert.Equal("'paused' is not a survey state (draft, live, closed).", error.Message);
    }

    private static Task<List<string>> ColumnAsync(TestDatabase database, WorkspaceInfo workspace, string sql) =>
        database.QueryAsync(workspace, db => db.Database.SqlQueryRaw<string>(sql).ToListAsync(Ct));
}
