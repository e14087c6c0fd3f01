using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Clout.Core.Names;
using Clout.Core.Roster;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Bench.Ingestion;

/// <summary>
/// <c>clout import clicks</c> on a generated file (1,000,000 clicks by default) against the limit of the same machine:
/// the same clicks, already typed in memory, inserted with the tracker's own prepared INSERT in one transaction into
/// the same schema (its indexes, and the trigger that keeps the visitor-days). Every iteration writes into a fresh copy
/// of a migrated database that holds the influencers and one tracking link per influencer.
/// </summary>
[Config(typeof(ImportBenchConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ClickImportBenchmarks
{
    private const int Seed = 20_261_207;
    private const int InfluencerCount = 1_000;

    /// <summary>About five clicks per visitor over the period, so visitor-days repeat as in real traffic.</summary>
    private const int ClicksPerVisitor = 5;

    private const string SafariOnIPhone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    private string _directory = "";
    private string _clicksCsv = "";
    private string _templateFile = "";
    private string _iterationFile = "";
    private long _workspaceId;
    private object?[][] _raw = [];
    private ServiceProvider? _services;
    private AsyncServiceScope? _scope;
    private Importer? _importer;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts => [BenchSize.Rows];

    [GlobalSetup]
    public void GlobalSetup()
    {
        _directory = Directory.CreateTempSubdirectory("clout-bench-clicks-").FullName;
        var data = GeneratedPosts.Create(0, InfluencerCount, Seed);
        var template = ImportTemplate.CreateAsync(data, _directory, CancellationToken.None).GetAwaiter().GetResult();
        _templateFile = template.File;
        _workspaceId = template.WorkspaceId;
        var links = AddLinksAsync(data).GetAwaiter().GetResult();

        var random = new Random(Seed);
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var step = TimeSpan.FromDays(90) / Rows;
        var visitors = Math.Max(1, Rows / ClicksPerVisitor);
        _clicksCsv = Path.Combine(_directory, "clicks.csv");
        _raw = new object?[Rows][];
        var safari = UserAgentParser.Parse(SafariOnIPhone);
        using var writer = new StreamWriter(_clicksCsv, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.WriteLine("link_code,at,visitor_id,user_agent,referrer");
        for (var i = 0; i < Rows; i++)
        {
            var link = random.Next(links.Count);
            var at = start + (step * i);
            at = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            var visitor = "v" + random.Next(visitors).ToString(CultureInfo.InvariantCulture);
            var withAgent = random.Next(2) == 0;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{links[link].Code},{at:yyyy-MM-ddTHH:mm:ssZ},{visitor},{(withAgent ? "\"" + SafariOnIPhone + "\"" : "")},{(withAgent ? "https://www.instagram.com/" : "")}"));
            var traits = withAgent ? safari : UserAgentTraits.Unknown;
            _raw[i] = [_workspaceId, links[link].Id, at, ClickRefs.New(at), visitor, ClickKind.Human.ToName(), withAgent ? "instagram.com" : null,
                traits.Browser.ToName(), traits.Os.ToName(), traits.Device.ToName()];
        }
        _iterationFile = Path.Combine(_directory, "iteration.db");
    }

    /// <summary>One collaboration with a tracking link per influencer, on the template's first campaign.</summary>
    private async Task<List<(string Code, long Id)>> AddLinksAsync(GeneratedPosts data)
    {
        var csv = new StringBuilder("campaign,influencer_handle,platform,fee,link_code,destination_url\n");
        foreach (var (influencer, i) in data.Influencers.Select((x, i) => (x, i)))
        {
            csv.Append(CultureInfo.InvariantCulture, $"\"{GeneratedPosts.Campaigns[0]}\",{influencer.Handle},{influencer.Platform.ToName()},100,l{i},https://shop.example/\n");
        }
        await using (var services = ImportTemplate.CloutServices(_templateFile))
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(_workspaceId, ImportTemplate.WorkspaceName);
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
            var result = await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(ImportKind.Collaborations, stream, ImportFormat.Csv, null, CancellationToken.None);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Setting up the links failed: " + string.Join("; ", result.Errors.Take(5)));
            }
        }
        await using var connection = new SqliteConnection(ImportTemplate.RawConnectionString(_templateFile));
        await connection.OpenAsync();
        var links = new List<(string, long)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT link_code, id FROM collaborations WHERE link_code IS NOT NULL ORDER BY id";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                links.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }
        await using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        await connection.CloseAsync();
        SqliteConnection.ClearAllPools();
        return links;
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [IterationSetup(Target = nameof(RawInsert))]
    public void FreshDatabase() => CopyTemplate();

    [IterationSetup(Target = nameof(CloutImportCsv))]
    public void FreshDatabaseAndScope()
    {
        CopyTemplate();
        _services = ImportTemplate.CloutServices(_iterationFile);
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(_workspaceId, ImportTemplate.WorkspaceName);
        _importer = scope.ServiceProvider.GetRequiredService<Importer>();
        _scope = scope;
    }

    private void CopyTemplate()
    {
        ImportTemplate.Delete(_iterationFile);
        File.Copy(_templateFile, _iterationFile);
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
        ImportTemplate.Delete(_iterationFile);
    }

    /// <summary>The limit: typed clicks from memory, the tracker's prepared INSERT, one transaction, same schema, indexes and trigger.</summary>
    [Benchmark(Baseline = true, Description = "Raw SQLite insert of clicks, same schema")]
    public int RawInsert()
    {
        using var connection = new SqliteConnection(ImportTemplate.RawConnectionString(_iterationFile));
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO clicks (workspace_id, collaboration_id, occurred_at_utc, ref, visitor_id, kind, referrer_host, browser, os, device)
            VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9)
            """;
        var p = new SqliteParameter[10];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = command.Parameters.Add(new SqliteParameter { ParameterName = $"@p{i}" });
        }
        command.Prepare();
        var inserted = 0;
        foreach (var values in _raw)
        {
            for (var i = 0; i < p.Length; i++)
            {
                p[i].Value = values[i] ?? DBNull.Value;
            }
            inserted += command.ExecuteNonQuery();
        }
        transaction.Commit();
        return inserted == Rows ? inserted : throw new InvalidOperationException($"inserted {inserted} of {Rows} clicks");
    }

    /// <summary>What <c>clout import clicks FILE</c> does: read and check the CSV, resolve the links, classify the user agents, insert.</summary>
    [Benchmark(Description = "Clout import clicks CSV")]
    public async Task<int> CloutImportCsv()
    {
        await using var stream = File.OpenRead(_clicksCsv);
        var result = await _importer!.ImportAsync(ImportKind.Clicks, stream, ImportFormat.Csv, progress: null, CancellationToken.None);
        return result.Succeeded && result.Inserted == Rows
            ? result.Inserted
            : throw new InvalidOperationException($"import of {Rows} clicks: {result.Inserted} inserted, {result.ErrorCount} errors: " +
                string.Join("; ", result.Errors.Take(5)));
    }
}
