using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Clout.Core.Engagement;
using Clout.Storage.Ingestion;
using Clout.Storage.Ingestion.Kinds;
using Clout.Storage.Model;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Bench.Ingestion;

/// <summary>
/// <c>clout import posts</c> on a generated file (1,000,000 rows by default) against the limit of the same machine:
/// the same rows, already in memory, inserted with one prepared statement in one transaction into the same schema.
/// Every iteration writes into a fresh copy of a migrated database that already holds the influencers and campaigns.
/// Iterations are long (seconds), so each is measured once: no pilot, one warm-up, three measured.
/// </summary>
[Config(typeof(ImportBenchConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class PostImportBenchmarks
{
    /// <summary>Fixed, so that every run and every benchmark process sees the same file.</summary>
    private const int Seed = 20_260_301;

    private const int InfluencerCount = 1_000;

    private const string Columns = "workspace_id, influencer_id, external_id, published_at_utc, kind, sponsored, campaign_id, " +
        "likes, comments, shares, saves, views, reach, impressions";

    private string _directory = "";
    private string _postsCsv = "";
    private GeneratedPosts _data = null!;
    private ImportTemplate _template = null!;
    private PostRow[] _postRows = [];
    private string _iterationFile = "";
    private ServiceProvider? _services;
    private AsyncServiceScope? _scope;
    private Importer? _importer;

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    public static IEnumerable<int> RowCounts => [BenchSize.Rows];

    [GlobalSetup]
    public void GlobalSetup()
    {
        _directory = Directory.CreateTempSubdirectory("clout-bench-").FullName;
        _data = GeneratedPosts.Create(Rows, InfluencerCount, Seed);
        _postsCsv = Path.Combine(_directory, "posts.csv");
        _data.WritePostsCsv(_postsCsv);
        _template = ImportTemplate.CreateAsync(_data, _directory, CancellationToken.None).GetAwaiter().GetResult();
        _postRows = [.. _data.Posts.Select(p =>
        {
            var influencer = _data.Influencers[p.Influencer];
            return new PostRow(p.PostId, influencer.Handle, influencer.Platform, p.PublishedAtUtc, p.Kind, p.Sponsored,
                p.Campaign < 0 ? null : GeneratedPosts.Campaigns[p.Campaign], p.Likes, p.Comments, p.Shares, p.Saves, p.Views, p.Reach, p.Impressions);
        })];
        _iterationFile = Path.Combine(_directory, "iteration.db");
    }

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [IterationSetup(Targets = [nameof(RawInsert), nameof(RawInsertWithoutSecondaryIndexes), nameof(RawUpsert)])]
    public void FreshDatabase() => _template.CopyTo(_iterationFile);

    [IterationSetup(Targets = [nameof(CloutImportCsv), nameof(CloutImportParsedRows)])]
    public void FreshDatabaseAndScope()
    {
        _template.CopyTo(_iterationFile);
        _services = ImportTemplate.CloutServices(_iterationFile);
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(_template.WorkspaceId, ImportTemplate.WorkspaceName);
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
        ImportTemplate.Delete(_iterationFile);
    }

    /// <summary>The limit: typed values from memory, one prepared INSERT, one transaction, same schema and indexes.</summary>
    [Benchmark(Baseline = true, Description = "Raw SQLite insert, same schema")]
    public int RawInsert() => InsertRaw("posts");

    /// <summary>As <see cref="RawInsert"/> into a copy of the table without its four secondary indexes.</summary>
    [Benchmark(Description = "Raw SQLite insert, no secondary indexes")]
    public int RawInsertWithoutSecondaryIndexes() => InsertRaw(ImportTemplate.BareTable);

    /// <summary>As <see cref="RawInsert"/> with the importer's ON CONFLICT clause: what re-importable rows cost at the limit.</summary>
    [Benchmark(Description = "Raw SQLite upsert, same schema")]
    public int RawUpsert() => InsertRaw("posts", UpsertTail);

    private const string UpsertTail = """
         ON CONFLICT (workspace_id, external_id) DO UPDATE SET
              influencer_id = excluded.influencer_id, published_at_utc = excluded.published_at_utc, kind = excluded.kind,
              sponsored = excluded.sponsored, campaign_id = excluded.campaign_id, likes = excluded.likes,
              comments = excluded.comments, shares = excluded.shares, saves = excluded.saves, views = excluded.views,
              reach = excluded.reach, impressions = excluded.impressions
        """;

    /// <summary>What <c>clout import posts FILE</c> does: read and check the CSV, resolve influencers, upsert.</summary>
    [Benchmark(Description = "Clout import posts CSV")]
    public async Task<int> CloutImportCsv()
    {
        await using var stream = File.OpenRead(_postsCsv);
        var result = await _importer!.ImportAsync(ImportKind.Posts, stream, ImportFormat.Csv, progress: null, CancellationToken.None);
        return Require(result);
    }

    /// <summary>The importer's write side alone (checks, influencer resolution, upsert) on rows already parsed.</summary>
    [Benchmark(Description = "Clout import, rows already parsed")]
    public async Task<int> CloutImportParsedRows()
    {
        var result = await _importer!.ImportPostsAsync(_postRows, progress: null, CancellationToken.None);
        return Require(result);
    }

    /// <summary>The importer's read side alone: CSV parsing and field checks into typed rows, no database.</summary>
    [Benchmark(Description = "Clout parse CSV only, no database")]
    public int CloutParseCsv()
    {
        using var stream = File.OpenRead(_postsCsv);
        using var records = new CsvRecords(CsvText.Open(stream));
        records.UseSchema(PostImporter.Columns, map: null);
        var errors = new List<ImportError>(records.StructureErrors);
        var fields = new FieldReader(records, errors);
        var rows = new List<PostRow>();
        while (records.Read())
        {
            fields.BeginRow();
            if (PostImporter.ParseRow(fields) is { } row && !fields.RowHasErrors)
            {
                rows.Add(row);
            }
        }
        return errors.Count == 0 && rows.Count == Rows
            ? rows.Count
            : throw new InvalidOperationException($"parsed {rows.Count} of {Rows} rows with {errors.Count} errors: {string.Join("; ", errors.Take(5))}");
    }

    private int InsertRaw(string table, string tail = "")
    {
        using var connection = new SqliteConnection(ImportTemplate.RawConnectionString(_iterationFile));
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({Columns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11, @p12, @p13)" + tail;
        var p = new SqliteParameter[14];
        for (var i = 0; i < p.Length; i++)
        {
            p[i] = command.Parameters.Add(new SqliteParameter { ParameterName = $"@p{i}" });
        }
        command.Prepare();
        p[0].Value = _template.WorkspaceId;
        var influencerIds = _template.InfluencerIds;
        var campaignIds = _template.CampaignIds;
        var inserted = 0;
        foreach (var post in _data.Posts)
        {
            p[1].Value = influencerIds[post.Influencer];
            p[2].Value = post.PostId;
            p[3].Value = post.PublishedAtUtc;
            p[4].Value = post.Kind;
            p[5].Value = post.Sponsored;
            p[6].Value = post.Campaign < 0 ? DBNull.Value : campaignIds[post.Campaign];
            p[7].Value = post.Likes;
            p[8].Value = post.Comments;
            p[9].Value = post.Shares;
            p[10].Value = post.Saves;
            p[11].Value = post.Views is { } views ? views : DBNull.Value;
            p[12].Value = post.Reach is { } reach ? reach : DBNull.Value;
            p[13].Value = post.Impressions is { } impressions ? impressions : DBNull.Value;
            inserted += command.ExecuteNonQuery();
        }
        transaction.Commit();
        return inserted == Rows ? inserted : throw new InvalidOperationException($"inserted {inserted} of {Rows} rows");
    }

    private int Require(ImportResult result) =>
        result.Succeeded && result.Inserted == Rows
            ? result.Inserted
            : throw new InvalidOperationException($"import of {Rows} rows: {result.Inserted} inserted, {result.ErrorCount} errors: " +
                string.Join("; ", result.Errors.Take(5)));
}
