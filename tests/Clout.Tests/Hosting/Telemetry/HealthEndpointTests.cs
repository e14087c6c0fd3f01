using System.Net;
using System.Text.Json;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Tracking;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clout.Tests.Hosting.Telemetry;

/// <summary>
/// Liveness answers while the process does; readiness runs every check (database, queues) and answers 503, naming the
/// failing check, when one is Unhealthy; /health stays the readiness it always was.
/// </summary>
public sealed class HealthEndpointTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ready_AllWell_200ListingTheDatabaseAndQueues(DatabaseProvider provider)
    {
        await using var app = await RunningApp.StartAsync(provider, Ct);
        using var client = app.Server.CreateClient();

        using var live = await client.GetAsync("/health/live", Ct);
        using var ready = await client.GetAsync("/health/ready", Ct);

        Assert.Equal("Healthy", (await live.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var report = await ready.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("Healthy", Check(report, "database").GetProperty("status").GetString());
        var queues = Check(report, "queues");
        Assert.Equal("Healthy", queues.GetProperty("status").GetString());
        Assert.Equal("clicks 0 of 10000, orders 0 of 5000, survey_responses 0 of 10000", queues.GetProperty("description").GetString());
        Assert.Equal("no-store", ready.Headers.CacheControl?.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ready_DatabaseGone_503NamingTheDatabaseWhileLiveAnswers(DatabaseProvider provider)
    {
        await using var app = await RunningApp.StartAsync(provider, Ct);
        using var client = app.Server.CreateClient();

        await RemoveDatabaseAsync(app.Database);
        using var live = await client.GetAsync("/health/live", Ct);
        using var ready = await client.GetAsync("/health/ready", Ct);
        using var health = await client.GetAsync("/health", Ct);

        Assert.Equal("Healthy", (await live.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var report = await ready.JsonAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", Check(report, "database").GetProperty("status").GetString());
        Assert.Equal("Healthy", Check(report, "queues").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ready_ClickQueueFull_503NamingTheQueueThenHealthyWithEveryClickStored(DatabaseProvider provider)
    {
        await using var app = await RunningApp.StartAsync(provider, Ct, settings: ["--Clout:Tracking:QueueCapacity=1", "--Clout:Tracking:MaxBatch=1"]);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();
        // One click first, so that the link and the visitor salt are in place and the next clicks only wait for the log.
        using (var first = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        List<Task<HttpResponseMessage>> clicks;
        JsonElement full;
        await using (await BlockClickWritesAsync(app.Database))
        {
            // The writer takes one and waits for the lock, one fills the queue of one, the third waits to be queued.
            clicks = [.. Enumerable.Range(0, 3).Select(_ => client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct))];
            full = await ReadyWhenAsync(client, HttpStatusCode.ServiceUnavailable);
        }
        var redirects = await Task.WhenAll(clicks);
        var healthy = await ReadyWhenAsync(client, HttpStatusCode.OK);

        Assert.Equal("Unhealthy", full.GetProperty("status").GetString());
        var queues = Check(full, "queues");
        Assert.Equal("Unhealthy", queues.GetProperty("status").GetString());
        Assert.StartsWith("clicks 1 of 1 (full), ", queues.GetProperty("description").GetString());
        Assert.Equal("Healthy", Check(full, "database").GetProperty("status").GetString());
        Assert.All(redirects, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal("Healthy", Check(healthy, "queues").GetProperty("status").GetString());
        Assert.Equal(4, (await TrackingLinkSeed.ClicksAsync(app.Server)).Count);
        foreach (var redirect in redirects)
        {
            redirect.Dispose();
        }
    }

    private static JsonElement Check(JsonElement report, string name) =>
        report.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    /// <summary>Asks /health/ready until it answers <paramref name="expected"/>, for a generous while; its report.</summary>
    private static async Task<JsonElement> ReadyWhenAsync(HttpClient client, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await client.GetAsync("/health/ready", Ct);
            if (response.StatusCode == expected || DateTime.UtcNow > deadline)
            {
                return await response.JsonAsync(expected);
            }
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>The SQLite file deleted, or the PostgreSQL database dropped, under the running server.</summary>
    private static async Task RemoveDatabaseAsync(TestDatabase database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
            return;
        }
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(TestDatabase.PostgresServer);
        await connection.OpenAsync(Ct);
        await using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(Ct);
    }

    /// <summary>
    /// A transaction of the test's own that holds the clicks' write lock until disposed: SQLite's one writer lock
    /// (the click log waits up to its 30 s busy timeout), PostgreSQL's table lock (inserts wait for ever).
    /// </summary>
    private static async Task<IAsyncDisposable> BlockClickWritesAsync(TestDatabase database)
    {
        System.Data.Common.DbConnection connection = database.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Ct);
        var transaction = await connection.BeginTransactionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        // SQLite takes its lock at the first write: an update that changes nothing still takes it.
        command.CommandText = database.Provider == DatabaseProvider.Sqlite
            ? "UPDATE workspaces SET name = name WHERE 0 = 1"
            : "LOCK TABLE clicks IN EXCLUSIVE MODE";
        await command.ExecuteNonQueryAsync(Ct);
        return new Lock(connection, transaction);
    }

    private sealed class Lock(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
