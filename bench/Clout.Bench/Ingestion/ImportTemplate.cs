using Clout.Core.Roster;
using Clout.Storage;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Bench.Ingestion;

/// <summary>
/// A migrated SQLite file holding one workspace, its influencers and its campaigns: the state in which a user runs
/// <c>clout import posts</c>. Built once per benchmark process; every iteration imports into a fresh copy.
/// It also holds <c>posts_bare</c>, the posts table without its secondary indexes, for the index-cost baseline.
/// </summary>
internal sealed class ImportTemplate
{
    public const string WorkspaceName = "bench";
    public const string BareTable = "posts_bare";

    private ImportTemplate(string file, long workspaceId, long[] influencerIds, long[] campaignIds)
    {
        File = file;
        WorkspaceId = workspaceId;
        InfluencerIds = influencerIds;
        CampaignIds = campaignIds;
    }

    public string File { get; }

    public long WorkspaceId { get; }

    /// <summary>Database ids by roster index of <see cref="GeneratedPosts.Influencers"/>.</summary>
    public long[] InfluencerIds { get; }

    /// <summary>Database ids by index of <see cref="GeneratedPosts.Campaigns"/>.</summary>
    public long[] CampaignIds { get; }

    /// <summary>The connection string a user passes to Clout for <paramref name="file"/>.</summary>
    public static string CloutConnectionString(string file) => $"Data Source={file}";

    /// <summary>What <see cref="StorageServiceCollectionExtensions.AddCloutStorage"/> makes of it, for the raw baseline.</summary>
    public static string RawConnectionString(string file) =>
        new SqliteConnectionStringBuilder(CloutConnectionString(file)) { DefaultTimeout = 30, Pooling = true }.ToString();

    public static ServiceProvider CloutServices(string file)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddCloutStorage(CloutConnectionString(file));
        return services.BuildServiceProvider();
    }

    public static async Task<ImportTemplate> CreateAsync(GeneratedPosts data, string directory, CancellationToken cancellationToken)
    {
        var file = Path.Combine(directory, "template.db");
        var influencersCsv = Path.Combine(directory, "influencers.csv");
        var collaborationsCsv = Path.Combine(directory, "collaborations.csv");
        data.WriteInfluencersCsv(influencersCsv);
        data.WriteCollaborationsCsv(collaborationsCsv);

        long workspaceId;
        await using (var services = CloutServices(file))
        {
            await using var scope = services.CreateAsyncScope();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), cancellationToken);
            var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().CreateAsync(WorkspaceName, cancellationToken);
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspace.Id, workspace.Name);
            var importer = scope.ServiceProvider.GetRequiredService<Importer>();
            await ImportFileAsync(importer, ImportKind.Influencers, influencersCsv, data.Influencers.Count, cancellationToken);
            await ImportFileAsync(importer, ImportKind.Collaborations, collaborationsCsv, GeneratedPosts.Campaigns.Count, cancellationToken);
            workspaceId = workspace.Id;
        }

        await using var connection = new SqliteConnection(RawConnectionString(file));
        await connection.OpenAsync(cancellationToken);
        var postsDdl = (string)(await ScalarAsync(connection, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'posts'", cancellationToken))!;
        await ExecuteAsync(connection, postsDdl.Replace("\"posts\"", $"\"{BareTable}\"", StringComparison.Ordinal), cancellationToken);

        var influencerIds = new Dictionary<(string Platform, string Handle), long>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT platform, handle, id FROM influencers";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                influencerIds[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
            }
        }
        var campaignIds = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, id FROM campaigns";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                campaignIds[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        // Everything in the main file, so that a plain file copy is a complete database.
        await ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE)", cancellationToken);
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();

        return new ImportTemplate(file, workspaceId,
            [.. data.Influencers.Select(i => influencerIds[(i.Platform.ToName(), i.Handle)])],
            [.. GeneratedPosts.Campaigns.Select(c => campaignIds[c])]);
    }

    /// <summary>A fresh copy of the template at <paramref name="file"/>.</summary>
    public void CopyTo(string file)
    {
        Delete(file);
        System.IO.File.Copy(File, file);
    }

    public static void Delete(string file)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            System.IO.File.Delete(file + suffix);
        }
    }

    private static async Task ImportFileAsync(Importer importer, ImportKind kind, string file, int expectedRows, CancellationToken cancellationToken)
    {
        await using var stream = System.IO.File.OpenRead(file);
        var result = await importer.ImportAsync(kind, stream, ImportFormat.Csv, progress: null, cancellationToken);
        if (!result.Succeeded || result.Rows != expectedRows)
        {
            throw new InvalidOperationException($"Setting up the template: {kind} import failed: " +
                string.Join("; ", result.Errors.Select(e => $"line {e.Line} {e.Field}: {e.Message}")));
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
