using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Clout.Bench.Ingestion;
using Clout.Core.Orders;
using Clout.Storage;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Workspaces;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Bench.Orders;

/// <summary>
/// Order intake on SQLite, as the Shopify webhook and the API run it: one order at a time, each committed before it
/// is answered, against the limit of the same machine: the same rows written with prepared statements, one
/// transaction per order. Every order has a unique id and a delivery id; half carry a promo code, a third a
/// clout_ref to a stored click, most an e-mail. Each iteration writes into a fresh copy of a prepared database.
/// </summary>
[Config(typeof(ImportBenchConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
[MemoryDiagnoser]
public class OrderIntakeBenchmarks
{
    private const int Seed = 20_260_310;
    private const int Collaborations = 50;
    private const int ClicksStored = 2_000;
    private static readonly DateTime Start = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private string _directory = "";
    private string _template = "";
    private string _iterationFile = "";
    private long _workspaceId;
    private OrderInput[] _orders = [];
    private ServiceProvider? _services;

    /// <summary>Orders per iteration (named Rows for the shared rate column).</summary>
    [Params(2_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void GlobalSetup()
    {
        _directory = Directory.CreateTempSubdirectory("clout-bench-orders-").FullName;
        _template = Path.Combine(_directory, "template.db");
        _iterationFile = Path.Combine(_directory, "iteration.db");
        _workspaceId = CreateTemplateAsync().GetAwaiter().GetResult();
        var random = new Random(Seed);
        _orders = [.. Enumerable.Range(0, Rows).Select(i =>
        {
            var at = Start.AddDays(3).AddSeconds(i * 7);
            var code = random.Next(2) == 0 ? $"CODE{random.Next(Collaborations)}" : null;
            var landing = random.Next(3) == 0 ? $"/products/mug?utm_source=ig&clout_ref=ref{random.Next(ClicksStored)}" : "/";
            return new OrderInput($"{5_000_000_000L + i}", $"cust{random.Next(Rows / 2)}", random.Next(5) == 0 ? null : $"buyer{i}@example.com",
                at, 1_000 + random.Next(20_000), "EUR", code is null ? [] : [code], landing, "https://l.instagram.com/", null, OrderChannel.Shopify);
        })];
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        ImportTemplate.Delete(_iterationFile);
        File.Copy(_template, _iterationFile);
        _services = ImportTemplate.CloutServices(_iterationFile);
    }

    [IterationCleanup]
    public void IterationCleanup()
    {
        _services?.Dispose();
        _services = null;
        ImportTemplate.Delete(_iterationFile);
    }

    /// <summary>
    /// The limit: per order, one transaction with prepared INSERTs of the order and its delivery — the writes an
    /// acknowledged webhook cannot do without — into the same schema and indexes. No lookups, no attribution.
    /// </summary>
    [Benchmark(Baseline = true, Description = "Raw SQLite, order + delivery, one transaction each")]
    public async Task<int> RawInsert()
    {
        await using var connection = new SqliteConnection(ImportTemplate.RawConnectionString(_iterationFile));
        await connection.OpenAsync();
        await using var order = connection.CreateCommand();
        order.CommandText = """
            INSERT INTO orders (workspace_id, external_id, customer_id, occurred_at_utc, received_at_utc, total_minor, currency,
                                discount_codes, landing_site, referrer, channel, attribution_source)
            VALUES (@w, @id, NULL, @at, @at, @total, 'EUR', @codes, @landing, @referrer, 'shopify', 'none')
            """;
        await using var delivery = connection.CreateCommand();
        delivery.CommandText = "INSERT INTO webhook_deliveries (workspace_id, provider, delivery_id, received_at_utc) VALUES (@w, 'shopify', @d, @at)";
        foreach (var name in new[] { "@w", "@id", "@at", "@total", "@codes", "@landing", "@referrer" })
        {
            order.Parameters.Add(new SqliteParameter(name, null));
        }
        delivery.Parameters.Add(new SqliteParameter("@w", _workspaceId));
        delivery.Parameters.Add(new SqliteParameter("@d", null));
        delivery.Parameters.Add(new SqliteParameter("@at", null));
        foreach (var o in _orders)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            order.Transaction = transaction;
            delivery.Transaction = transaction;
            order.Parameters["@w"].Value = _workspaceId;
            order.Parameters["@id"].Value = o.OrderId;
            order.Parameters["@at"].Value = o.OccurredAtUtc;
            order.Parameters["@total"].Value = o.TotalMinor;
            order.Parameters["@codes"].Value = (object?)OrderRules.JoinCodes(o.DiscountCodes) ?? DBNull.Value;
            order.Parameters["@landing"].Value = (object?)o.LandingSite ?? DBNull.Value;
            order.Parameters["@referrer"].Value = (object?)o.Referrer ?? DBNull.Value;
            await order.ExecuteNonQueryAsync();
            delivery.Parameters["@d"].Value = "d" + o.OrderId;
            delivery.Parameters["@at"].Value = o.OccurredAtUtc;
            await delivery.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        }
        return _orders.Length;
    }

    /// <summary>What a verified webhook does after the signature check: a scope per request, <see cref="OrderIntake.TakeAsync"/>.</summary>
    [Benchmark(Description = "Clout order intake (webhook path)")]
    public async Task<int> CloutIntake()
    {
        var created = 0;
        foreach (var o in _orders)
        {
            await using var scope = _services!.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(_workspaceId, ImportTemplate.WorkspaceName);
            var result = await scope.ServiceProvider.GetRequiredService<OrderIntake>()
                .TakeAsync(o, new WebhookReceipt(WebhookProvider.Shopify, "d" + o.OrderId), CancellationToken.None);
            created += result.Outcome == OrderIntakeOutcome.Created ? 1 : 0;
        }
        return created == _orders.Length ? created : throw new InvalidOperationException($"only {created} of {_orders.Length} orders were created");
    }

    /// <summary>The same orders through <c>clout import orders</c>: one transaction for all, for scale.</summary>
    [Benchmark(Description = "Clout import orders (one file)")]
    public async Task<int> CloutImport()
    {
        await using var scope = _services!.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(_workspaceId, ImportTemplate.WorkspaceName);
        var csv = new StringBuilder("order_id,customer_id,at,total,currency,discount_codes,landing_site,ref,email,referrer\n");
        foreach (var o in _orders)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{o.OrderId},{o.CustomerId},{o.OccurredAtUtc:O},{o.TotalMinor / 100m},EUR,{string.Join(';', o.DiscountCodes)},\"{o.LandingSite}\",,{o.Email},{o.Referrer}\n");
        }
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var result = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(ImportKind.Orders, stream, ImportFormat.Csv, null, CancellationToken.None);
        return result.Succeeded ? result.Rows : throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    /// <summary>A migrated database with one workspace, 50 collaborations with promo and link codes, and 2,000 human clicks.</summary>
    private async Task<long> CreateTemplateAsync()
    {
        await using var services = ImportTemplate.CloutServices(_template);
        await using var scope = services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), CancellationToken.None);
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().CreateAsync(ImportTemplate.WorkspaceName, CancellationToken.None);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspace.Id, workspace.Name);
        var importer = scope.ServiceProvider.GetRequiredService<Importer>();
        var influencers = new StringBuilder("handle,platform,followers\n");
        var collaborations = new StringBuilder("campaign,influencer_handle,platform,fee,promo_code,link_code\n");
        var clicks = new StringBuilder("link_code,at,visitor_id\n");
        for (var i = 0; i < Collaborations; i++)
        {
            influencers.Append(CultureInfo.InvariantCulture, $"creator{i},instagram,{20_000 + (i * 1_000)}\n");
            collaborations.Append(CultureInfo.InvariantCulture, $"spring,creator{i},instagram,500,CODE{i},link{i}\n");
        }
        for (var i = 0; i < ClicksStored; i++)
        {
            clicks.Append(CultureInfo.InvariantCulture, $"link{i % Collaborations},{Start.AddDays(2).AddSeconds(i * 30):O},visitor{i}\n");
        }
        foreach (var (kind, text) in new[] { (ImportKind.Influencers, influencers), (ImportKind.Collaborations, collaborations), (ImportKind.Clicks, clicks) })
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
            var result = await importer.ImportAsync(kind, stream, ImportFormat.Csv, null, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"{kind}: {string.Join("; ", result.Errors)}");
            }
        }
        // Imported clicks get random refs; give them known ones so that orders can name them.
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "UPDATE clicks SET ref = 'ref' || (id - (SELECT MIN(id) FROM clicks))";
            await command.ExecuteNonQueryAsync();
        }
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
        return workspace.Id;
    }
}
