using System.Net;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Tracking;
using Microsoft.Data.Sqlite;

namespace Clout.Tests.Cli;

/// <summary>`clout backup`: SQLite's online backup taken while the server records clicks, and restored by opening it.</summary>
public sealed class BackupCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_WhileServerRecordsClicks_CopyOpensWithTheSameRowsAndIsIntact()
    {
        await using var app = await WebTest.StartAsync();
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();
        var copy = Path.Combine(Path.GetTempPath(), $"clout-backup-{Guid.NewGuid():N}.db");
        try
        {
            using var stop = new CancellationTokenSource();
            var redirects = 0;
            // The writer: clicks one after another until the backup is done (bounded, should the backup hang).
            var writer = Task.Run(async () =>
            {
                for (var i = 0; i < 20_000 && !stop.IsCancellationRequested; i++)
                {
                    using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct);
                    Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                    Interlocked.Increment(ref redirects);
                }
            }, Ct);
            while (Volatile.Read(ref redirects) < 20 && !writer.IsCompleted)
            {
                await Task.Delay(10, Ct);
            }

            var backup = await CloutProcess.RunAsync(app.Database.ConnectionString, "backup", "--to", copy);
            var redirectsDuringBackup = Volatile.Read(ref redirects);
            await stop.CancelAsync();
            await writer;

            Assert.True(backup.ExitCode == 0, backup.ToString());
            Assert.Contains("integrity check ok", backup.ErrorText, StringComparison.Ordinal);
            Assert.False(File.Exists(copy + ".partial"));
            var restored = await CloutProcess.RunAsync($"Data Source={copy}", "workspace", "list");
            Assert.True(restored.ExitCode == 0, restored.ToString());
            Assert.Contains("acme", restored.Output, StringComparison.Ordinal);
            await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
            await connection.OpenAsync(Ct);
            Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
            // A snapshot: the clicks stored when it was taken, each as the server still has it.
            var copied = await ClickRefsAsync(connection);
            var source = (await TrackingLinkSeed.ClicksAsync(app.Server)).Select(c => c.Ref).ToHashSet();
            Assert.InRange(copied.Count, 20, redirectsDuringBackup);
            Assert.Subset(source, copied.ToHashSet());
            Assert.Equal(2L, await ScalarAsync(connection, "SELECT COUNT(*) FROM influencers"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task Backup_TargetExists_RefusedUnlessForced()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await CloutProcess.RunAsync(database.ConnectionString, "workspace", "create", "acme")).ExitCode);
        var copy = Path.Combine(Path.GetTempPath(), $"clout-backup-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(copy, "an older backup", Ct);
        try
        {
            var refused = await CloutProcess.RunAsync(database.ConnectionString, "backup", "--to", copy);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains($"{copy} exists; choose another file, or add --force", refused.ErrorText, StringComparison.Ordinal);
            Assert.Equal("an older backup", await File.ReadAllTextAsync(copy, Ct));

            var forced = await CloutProcess.RunAsync(database.ConnectionString, "backup", "--to", copy, "--force");
            Assert.True(forced.ExitCode == 0, forced.ToString());
            Assert.Contains("acme", (await CloutProcess.RunAsync($"Data Source={copy}", "workspace", "list")).Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    public async Task Backup_NoSuchDatabase_RefusedAndNothingCreated()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"clout-missing-{Guid.NewGuid():N}.db");
        var copy = missing + ".copy";

        var run = await CloutProcess.RunAsync($"Data Source={missing}", "backup", "--to", copy);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"there is no database at {missing}", run.ErrorText, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(copy));
    }

    [Fact]
    public async Task Backup_Postgres_PrintsThePgDumpAndPgRestoreCommands()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var server = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        var at = $"-h {server.Host} -p {server.Port} -U {server.Username} -d {server.Database}";

        var run = await CloutProcess.RunAsync(database.ConnectionString, "backup", "--to", "/tmp/clout.dump");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("on PostgreSQL the tool is pg_dump", run.ErrorText, StringComparison.Ordinal);
        Assert.Contains($"pg_dump -Fc {at} -f /tmp/clout.dump", run.Output, StringComparison.Ordinal);
        Assert.Contains($"pg_restore --clean --if-exists --no-owner {at} /tmp/clout.dump", run.Output, StringComparison.Ordinal);
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    private static async Task<List<string>> ClickRefsAsync(SqliteConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT ref FROM clicks";
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var refs = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            refs.Add(reader.GetString(0));
        }
        return refs;
    }
}
