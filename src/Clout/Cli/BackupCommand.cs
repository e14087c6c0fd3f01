using System.CommandLine;
using Clout.Hosting;
using Clout.Storage;
using Clout.Storage.Model;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Clout.Cli;

/// <summary>
/// `clout backup --to FILE`: a consistent copy of a SQLite database taken while `clout serve` goes on writing to it
/// (SQLite's online backup, which copies one snapshot; in WAL mode the server's writers are not held up). PostgreSQL
/// has pg_dump for that, whose commands it prints.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var to = new Option<FileInfo>("--to") { Description = "The file to write the copy to", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace the file if it exists" };
        var command = new Command("backup", "Copy the SQLite database while the server runs (on PostgreSQL: print the pg_dump and pg_restore commands)") { to, force };
        command.SetAction((parse, ct) => Cli.GuardAsync(async () =>
        {
            // Not migrated first: the copy is of the database as it is, from before an upgrade too.
            await using var host = await CliHost.OpenAsync(parse, ct, migrate: false);
            var connectionString = CloutConfiguration.ConnectionString(host.Get<IConfiguration>());
            var target = parse.GetValue(to)!;
            if (StorageServiceCollectionExtensions.DetectProvider(connectionString) == DatabaseProvider.Postgres)
            {
                PrintPostgresCommands(connectionString, target.FullName);
                return Cli.InvalidInput;
            }
            return await BackUpSqliteAsync(connectionString, target, parse.GetValue(force), ct);
        }));
        return command;
    }

    private static async Task<int> BackUpSqliteAsync(string connectionString, FileInfo target, bool force, CancellationToken cancellationToken)
    {
        var source = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false };
        if (!File.Exists(source.DataSource))
        {
            Cli.Error($"there is no database at {source.DataSource}");
            return Cli.InvalidInput;
        }
        if (target.Exists && !force)
        {
            Cli.Error($"{target.FullName} exists; choose another file, or add --force to replace it");
            return Cli.InvalidInput;
        }
        // Written beside the target and renamed when complete and checked: a failed or interrupted backup never
        // leaves a half-written file under the name a restore would use, nor destroys the previous one.
        var partial = target.FullName + ".partial";
        File.Delete(partial);
        try
        {
            await using (var from = new SqliteConnection(source.ConnectionString))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false }.ConnectionString))
            {
                await from.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                from.BackupDatabase(copy);
                await using var check = copy.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                if (await check.ExecuteScalarAsync(cancellationToken) is not "ok" and var problem)
                {
                    Cli.Error($"the copy failed its integrity check: {problem}");
                    return Cli.InvalidInput;
                }
            }
            File.Move(partial, target.FullName, overwrite: force);
        }
        finally
        {
            File.Delete(partial);
        }
        Cli.Info($"Backed up {source.DataSource} to {target.FullName} ({new FileInfo(target.FullName).Length:N0} bytes, integrity check ok). Restore: stop clout serve, put the file in place of {source.DataSource}, start it.");
        return Cli.Ok;
    }

    private static void PrintPostgresCommands(string connectionString, string target)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        var at = $"-h {server.Host} -p {server.Port} -U {server.Username ?? "clout"}";
        Cli.Error("clout backup copies SQLite databases; on PostgreSQL the tool is pg_dump, which takes a consistent copy while the server runs (the password from PGPASSWORD or ~/.pgpass):");
        Console.WriteLine($"pg_dump -Fc {at} -d {server.Database} -f {target}");
        Console.WriteLine($"pg_restore --clean --if-exists --no-owner {at} -d {server.Database} {target}");
    }
}
