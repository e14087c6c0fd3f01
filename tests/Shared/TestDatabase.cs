using Clout.Storage;
using Clout.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Clout.Testing;

/// <summary>
/// A real, empty, migrated database for one test: a temporary SQLite file, or a fresh database on the PostgreSQL
/// server named by CLOUT_TEST_POSTGRES (./test.sh starts a throwaway cluster and sets it). Without a server the
/// PostgreSQL cases skip locally, and fail under CI, where they must run.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "CLOUT_TEST_POSTGRES";

    private readonly string? _sqliteFile;
    private readonly string? _postgresName;
    private readonly ServiceProvider _services;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
        // One container per database, as in the app; each scope gets its own context and workspace.
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddCloutStorage(connectionString);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>Both providers, for theories: [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))].</summary>
    public static TheoryData<DatabaseProvider> Providers => new(DatabaseProvider.Sqlite, DatabaseProvider.Postgres);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var id = Guid.NewGuid().ToString("N")[..12];
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"clout-test-{id}.db");
            return await MigratedAsync(new TestDatabase(provider, $"Data Source={file}", file, null));
        }
        var server = PostgresServer;
        if (server is null)
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("CI") is null,
                $"PostgreSQL tests need a server: run ./test.sh, or set {PostgresVariable}.");
            Assert.Fail($"CI must run the PostgreSQL tests, but {PostgresVariable} is not set.");
        }
        var name = $"clout_test_{id}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server!) { Database = name };
        return await MigratedAsync(new TestDatabase(provider, builder.ConnectionString, null, name));
    }

    /// <summary>A service scope with Clout's storage on this database, acting for <paramref name="workspaceId"/> (0: none).</summary>
    public AsyncServiceScope CreateScope(long workspaceId = 0, string workspaceName = "")
    {
        var scope = _services.CreateAsyncScope();
        if (workspaceId != 0)
        {
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspaceId, workspaceName);
        }
        return scope;
    }

    /// <summary>Migrates a new database; one that fails to migrate is removed rather than left behind.</summary>
    private static async Task<TestDatabase> MigratedAsync(TestDatabase database)
    {
        try
        {
            await using var scope = database.CreateScope();
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), CancellationToken.None);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
        if (_postgresName is not null && PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
