using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Clout.Storage;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Clout.Bench.Ingestion;

/// <summary>
/// <c>clout import posts</c> on PostgreSQL, the same generated file both ways in the same run: the row path (batched
/// parameterised INSERTs, what every import used before the bulk path; the baseline) and the COPY path a large import
/// takes now. The server comes from <c>CLOUT_BENCH_POSTGRES</c> or <c>CLOUT_TEST_POSTGRES</c>; without one the
/// benchmarks say so and measure nothing. Each iteration starts from an empty posts table in a database of its own.
/// </summary>
[Config(typeof(ImportBenchConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class PostgresImportBenchmarks
{
    private const int Seed = 20_260_301;
    private const int InfluencerCount = 1_000;

    private string? _server;
    private string _database = "";
    private string _connectionString = "";
    private string _directory = "";
    private string _postsCsv = "";
    private long _workspaceId;
    private ServiceProvider? _services;
    private AsyncServiceScope? _scope;
    private Importer? _importer;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts => [BenchSize.Rows];

    [GlobalSetup]
    public void GlobalSetup()
    {
        _server = Environment.GetEnvironmentVariable("CLOUT_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
            : Environment.GetEnvironmentVariable("CLOUT_TEST_POSTGRES") is { Length: > 0 } test ? test : null;
        if (_server is null)
        {
            Console.WriteLine("// PostgresImportBenchmarks: set CLOUT_BENCH_POSTGRES (or CLOUT_TEST_POSTGRES) to a server; nothing measured.");
            return;
        }
        _directory = Directory.CreateTempSubdirectory("clout-bench-pg-").FullName;
        var data = GeneratedPosts.Create(Rows, InfluencerCount, Seed);
        _postsCsv = Path.Combine(_directory, "posts.csv");
        data.WritePostsCsv(_postsCsv);
        data.WriteInfluencersCsv(Path.Combine(_directory, "influencers.csv"));
        data.WriteCollaborationsCsv(Path.Combine(_directory, "collaborations.csv"));
        _database = $"clout_bench_{Environment.ProcessId}";
        Execute(_server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        Execute(_server, $"CREATE DATABASE {_database}");
        _connectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        SetUpAsync().GetAwaiter().GetResult();
    }

    private async Task SetUpAsync()
    {
        await using var services = Services();
        await using var scope = services.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), CancellationToken.None);
        var workspace = await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().CreateAsync(ImportTemplate.WorkspaceName, CancellationToken.None);
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(workspace.Id, workspace.Name);
        _workspaceId = workspace.Id;
        foreach (var (kind, file) in new[] { (ImportKind.Influencers, "influencers.csv"), (ImportKind.Collaborations, "collaborations.csv") })
        {
            await using var stream = File.OpenRead(Path.Combine(_directory, file));
            var result = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(kind, stream, ImportFormat.Csv, null, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Setting up: {kind} import failed: " + string.Join("; ", result.Errors.Take(5)));
            }
        }
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        if (_server is null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        Execute(_server, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        Directory.Delete(_directory, recursive: true);
    }

    [IterationSetup(Target = nameof(RowByRow))]
    public void EmptyTableRowPath() => EmptyTable(int.MaxValue);

    [IterationSetup(Target = nameof(Copy))]
    public void EmptyTableBulkPath() => EmptyTable(ImportPipeline.DefaultBulkFrom);

    private void EmptyTable(int bulkFrom)
    {
        if (_server is null)
        {
            return;
        }
        Execute(_connectionString, "TRUNCATE posts CASCADE");
        Execute(_connectionString, "VACUUM ANALYZE posts");
        _services = Services();
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(_workspaceId, ImportTemplate.WorkspaceName);
        scope.ServiceProvider.GetRequiredService<ImportPipeline>().BulkFrom = bulkFrom;
        _importer = scope.ServiceProvider.GetRequiredService<Importer>();
        _scope = scope;
    }

    [IterationCleanup]
    public void IterationCleanup()
    {
        if (_scope is { } scope)
        {
            scope.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _scope = null;
        }
        _services?.Dispose();
        _services = null;
        _importer = null;
    }

    /// <summary>The baseline: the importer's row path, batched parameterised INSERTs in one transaction.</summary>
    [Benchmark(Baseline = true, Description = "PostgreSQL import posts CSV, row by row (batched INSERTs)")]
    public Task<int> RowByRow() => ImportAsync();

    /// <summary>What a large <c>clout import posts FILE</c> does on PostgreSQL now: the new rows through COPY.</summary>
    [Benchmark(Description = "PostgreSQL import posts CSV, COPY")]
    public Task<int> Copy() => ImportAsync();

    private async Task<int> ImportAsync()
    {
        if (_importer is null)
        {
            return 0;
        }
        await using var stream = File.OpenRead(_postsCsv);
        var result = await _importer.ImportAsync(ImportKind.Posts, stream, ImportFormat.Csv, progress: null, CancellationToken.None);
        return result.Succeeded && result.Inserted == Rows
            ? result.Inserted
            : throw new InvalidOperationException($"import of {Rows} rows: {result.Inserted} inserted, {result.ErrorCount} errors: " +
                string.Join("; ", result.Errors.Take(5)));
    }

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddCloutStorage(_connectionString);
        return services.BuildServiceProvider();
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
