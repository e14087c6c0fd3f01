using Clout.Storage.Cluster;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Cluster;

/// <summary>The lock periodic work takes so that it runs on one node: PostgreSQL's advisory locks; SQLite's single node.</summary>
public sealed class ClusterLockTests
{
    private static IClusterLock LockOf(TestDatabase database) => database.CreateScope().ServiceProvider.GetRequiredService<IClusterLock>();

    [Fact]
    public async Task TryAcquire_Postgres_OneHolderAtATimeUntilReleased()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var nodeA = LockOf(database);
        var nodeB = new PostgresClusterLock(database.ConnectionString);

        var held = await nodeA.TryAcquireAsync("sweep", Ct);
        Assert.NotNull(held);
        Assert.Null(await nodeB.TryAcquireAsync("sweep", Ct));
        await using (var otherName = await nodeB.TryAcquireAsync("sync", Ct))
        {
            Assert.NotNull(otherName); // locks of other names are independent
        }

        await held.DisposeAsync();
        await using var taken = await nodeB.TryAcquireAsync("sweep", Ct);
        Assert.NotNull(taken);
    }

    [Fact]
    public async Task Acquire_Postgres_WaitsForTheHolder()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var clusterLock = LockOf(database);
        var held = await clusterLock.AcquireAsync("keys", Ct);

        var waiting = clusterLock.AcquireAsync("keys", Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(30), Ct);
    }

    [Fact]
    public async Task ClusterTurn_Postgres_OneNodeKeepsTheTurnAndAnotherTakesOverWhenItsConnectionDies()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var nodeA = new ClusterTurn(new PostgresClusterLock(database.ConnectionString), "visitor-salt-sweep");
        await using var nodeB = new ClusterTurn(new PostgresClusterLock(database.ConnectionString), "visitor-salt-sweep");

        Assert.True(await nodeA.IsMineAsync(Ct));
        for (var round = 0; round < 3; round++)
        {
            // Between runs the holder keeps the lock: the other node skips every turn, however the timers are offset.
            Assert.False(await nodeB.IsMineAsync(Ct));
            Assert.True(await nodeA.IsMineAsync(Ct));
        }

        // Node A dies: the server ends its session, and the lock goes with it.
        Assert.Equal(1, await TerminateAdvisoryLockHoldersAsync(database.ConnectionString));

        Assert.True(await nodeB.IsMineAsync(Ct));
        Assert.False(await nodeA.IsMineAsync(Ct));
    }

    [Fact]
    public async Task ClusterTurn_Sqlite_AlwaysThisNode()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var clusterLock = LockOf(database);
        await using var first = new ClusterTurn(clusterLock, "sweep");
        await using var second = new ClusterTurn(clusterLock, "sweep");

        Assert.IsType<SingleNodeClusterLock>(clusterLock);
        Assert.True(await first.IsMineAsync(Ct));
        Assert.True(await second.IsMineAsync(Ct));
    }

    [Fact]
    public void Key_SameNameSameKey_OtherNameOtherKey()
    {
        Assert.Equal(PostgresClusterLock.Key("sweep"), PostgresClusterLock.Key("sweep"));
        Assert.NotEqual(PostgresClusterLock.Key("sweep"), PostgresClusterLock.Key("sync"));
    }

    /// <summary>Ends the sessions that hold an advisory lock in this database, as a node's death would.</summary>
    internal static async Task<int> TerminateAdvisoryLockHoldersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
