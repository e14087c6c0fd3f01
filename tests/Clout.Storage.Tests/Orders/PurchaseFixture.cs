using System.Data.Common;
using Clout.Core.Orders;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Orders;

/// <summary>
/// A workspace with two collaborations in one campaign — mila (promo MILA10, link mila-spring) and noor (promo
/// NOOR15, link noor-spring) — and ways to add clicks and take orders in, as the storage tests need.
/// </summary>
internal sealed class PurchaseFixture(TestDatabase database, WorkspaceInfo workspace)
{
    public static readonly DateTime OrderAt = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    public TestDatabase Database => database;

    public WorkspaceInfo Workspace => workspace;

    public long Mila { get; private set; }

    public long Noor { get; private set; }

    /// <summary>The influencers' own ids (survey answers name influencers, signals name collaborations).</summary>
    public long MilaInfluencer { get; private set; }

    public long NoorInfluencer { get; private set; }

    public static async Task<PurchaseFixture> CreateAsync(TestDatabase database, string name = "brand")
    {
        var workspace = await database.CreateWorkspaceAsync(name);
        (await database.ImportCsvAsync(workspace, ImportKind.Influencers, "handle,platform,followers\nmila,instagram,40000\nnoor,instagram,2000000")).AssertSucceeded();
        // Link codes are unique across workspaces; promo codes only within one.
        var prefix = name == "brand" ? "" : name + "-";
        (await database.ImportCsvAsync(workspace, ImportKind.Collaborations,
            $"campaign,influencer_handle,platform,fee,promo_code,link_code\nspring,mila,instagram,500,MILA10,{prefix}mila-spring\nspring,noor,instagram,20000,NOOR15,{prefix}noor-spring")).AssertSucceeded();
        var fixture = new PurchaseFixture(database, workspace);
        var ids = await database.QueryAsync(workspace, db => db.Collaborations.ToDictionaryAsync(c => c.LinkCode!, c => c.Id, Ct));
        fixture.Mila = ids[prefix + "mila-spring"];
        fixture.Noor = ids[prefix + "noor-spring"];
        var influencers = await database.QueryAsync(workspace, db => db.Influencers.ToDictionaryAsync(i => i.Handle, i => i.Id, Ct));
        fixture.MilaInfluencer = influencers["mila"];
        fixture.NoorInfluencer = influencers["noor"];
        return fixture;
    }

    /// <summary>Stores a click as the redirect would have; returns its id.</summary>
    public async Task<long> AddClickAsync(long collaborationId, string reference, DateTime atUtc, ClickKind kind = ClickKind.Human)
    {
        await using var scope = database.CreateScope(workspace);
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var click = new Click { CollaborationId = collaborationId, Ref = reference, OccurredAtUtc = atUtc, VisitorId = "v-" + reference, Kind = kind };
        db.Clicks.Add(click);
        await db.SaveChangesAsync(Ct);
        return click.Id;
    }

    public static OrderInput Order(string id, IReadOnlyList<string>? codes = null, string? reference = null, string? landingSite = null,
        string? customer = "c1", string? email = null, DateTime? at = null) =>
        new(id, customer, email, at ?? OrderAt, 4_990, "EUR", codes ?? [], landingSite, null, reference, OrderChannel.Api);

    public async Task<OrderIntakeResult> TakeAsync(OrderInput input, WebhookReceipt? receipt = null)
    {
        await using var scope = database.CreateScope(workspace);
        return await scope.ServiceProvider.GetRequiredService<OrderIntake>().TakeAsync(input, receipt, Ct);
    }

    public Task<int> OrderCountAsync() => database.QueryAsync(workspace, db => db.Orders.CountAsync(Ct));

    /// <summary>Every text and blob value of every table, as text: for proving what is never stored.</summary>
    public async Task<List<string>> AllStoredTextAsync()
    {
        await using var scope = database.CreateScope(workspace);
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var values = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).Distinct())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using DbDataReader reader = await command.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    values.Add(value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : value.ToString() ?? "");
                }
            }
        }
        return values;
    }
}
