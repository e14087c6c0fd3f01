using System.Data.Common;
using System.Globalization;
using System.Text;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion;

/// <summary>
/// The bulk path of a large import (SQLite: indexes built after the rows; PostgreSQL: COPY), forced here with a low
/// threshold, stores exactly what the row path stores, leaves every index as it was, and rolls back whole.
/// </summary>
public sealed class BulkImportTests
{
    private const string Influencers = """
        handle,platform,followers
        lena,instagram,10000
        max,tiktok,20000
        """;

    private const string Collaborations = """
        campaign,influencer_handle,platform,fee,link_code,destination_url
        Spring,lena,instagram,100,lena-spring,https://shop.example/
        Spring,max,tiktok,200,max-spring,https://shop.example/
        """;

    private const string ForceBulk = "bulk";
    private const string ForceRows = "rows";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_PostsThroughTheBulkPath_StoreWhatTheRowPathStores(DatabaseProvider provider)
    {
        var first = Posts(0, 40);
        // A second file: half of it already stored (upserted, with new counts), half new.
        var second = Posts(20, 40, likesOffset: 7);

        var byRows = await ImportTwiceAsync(provider, ForceRows, ImportKind.Posts, first, second, "posts");
        var byBulk = await ImportTwiceAsync(provider, ForceBulk, ImportKind.Posts, first, second, "posts");

        Assert.Equal(60, byRows.Rows.Count);
        Assert.Equal(byRows.Rows, byBulk.Rows);
        Assert.Equal(byRows.Indexes, byBulk.Indexes);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ClicksThroughTheBulkPath_StoreWhatTheRowPathStoresAndTheirVisitorDays(DatabaseProvider provider)
    {
        var first = Clicks(0, 30);
        var second = Clicks(20, 30);

        // The refs are drawn at random; everything else must match.
        var byRows = await ImportTwiceAsync(provider, ForceRows, ImportKind.Clicks, first, second, "clicks", "ref");
        var byBulk = await ImportTwiceAsync(provider, ForceBulk, ImportKind.Clicks, first, second, "clicks", "ref");

        Assert.Equal(50, byRows.Rows.Count);
        Assert.Equal(byRows.Rows, byBulk.Rows);
        Assert.Equal(byRows.Indexes, byBulk.Indexes);
        Assert.Equal(byRows.VisitorDays, byBulk.VisitorDays);
        // SQLite's bulk path drops the visitor-day trigger and stands in for it: it is back, as it was.
        Assert.Equal(byRows.Triggers, byBulk.Triggers);
        Assert.Single(byBulk.Triggers);
        // Visitors v0..v9 on two influencers, days by the hour of the click: one row per distinct (influencer, day, visitor).
        var expected = Enumerable.Range(0, 50).Select(i => $"{(i % 2 == 0 ? "lena" : "max")}|2026-03-{1 + (i / 24):00}|v{i % 10}").Distinct().Count();
        Assert.Equal(expected, byBulk.VisitorDays.Count);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_BulkImportCancelledWhileWriting_StoresNothingAndKeepsEveryIndex(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        var before = await IndexesAsync(db, "posts");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == ImportStage.Writing && p.Done > 0)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ImportAsync(db, ws, ImportKind.Posts, Posts(0, ImportPipeline.ProgressEvery + 1_000), bulkFrom: 1, progress, cancel.Token));

        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
        Assert.Equal(before, await IndexesAsync(db, "posts"));
        Assert.NotEmpty(before);
        // And the database takes the same import afterwards.
        (await ImportAsync(db, ws, ImportKind.Posts, Posts(0, 10), bulkFrom: 1, null, Ct)).AssertSucceeded();
        Assert.Equal(10, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ClicksOfDistinctVisitorsThroughTheBulkPath_MarkEveryVisitorDay(DatabaseProvider provider)
    {
        // Every click its own visitor-day, so that one click left out of them (the first or the last) shows.
        var byRows = await ImportTwiceAsync(provider, ForceRows, ImportKind.Clicks, Clicks(0, 30, visitors: int.MaxValue),
            Clicks(20, 30, visitors: int.MaxValue), "clicks", "ref");
        var byBulk = await ImportTwiceAsync(provider, ForceBulk, ImportKind.Clicks, Clicks(0, 30, visitors: int.MaxValue),
            Clicks(20, 30, visitors: int.MaxValue), "clicks", "ref");

        Assert.Equal(50, byBulk.VisitorDays.Count);
        Assert.Equal(byRows.VisitorDays, byBulk.VisitorDays);
        Assert.Equal(byRows.Triggers, byBulk.Triggers);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_BulkClicksImportCancelledWhileWriting_StoresNothingAndKeepsTheTriggerAndEveryIndex(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        (await ImportAsync(db, ws, ImportKind.Clicks, Clicks(0, 10), bulkFrom: int.MaxValue, null, Ct)).AssertSucceeded();
        var indexes = await IndexesAsync(db, "clicks");
        var triggers = await TriggersAsync(db);
        var visitorDays = await VisitorDaysAsync(db);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Stage == ImportStage.Writing && p.Done > 0)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            ImportAsync(db, ws, ImportKind.Clicks, Clicks(100, ImportPipeline.ProgressEvery + 1_000), bulkFrom: 1, progress, cancel.Token));

        Assert.Equal(10, await db.QueryAsync(ws, c => c.Clicks.CountAsync(Ct)));
        Assert.Equal(indexes, await IndexesAsync(db, "clicks"));
        Assert.Equal(triggers, await TriggersAsync(db));
        Assert.Equal(visitorDays, await VisitorDaysAsync(db));
        Assert.Single(triggers);
        // The trigger works again: a click written one by one afterwards marks its visitor-day (a new one: lena, 21 March, v0).
        (await ImportAsync(db, ws, ImportKind.Clicks, Clicks(500, 1), bulkFrom: int.MaxValue, null, Ct)).AssertSucceeded();
        Assert.Equal(visitorDays.Count + 1, (await VisitorDaysAsync(db)).Count);
    }

    [Fact]
    public async Task ImportAsync_SqliteBulkPathOverASmallerImport_KeepsEveryIndex()
    {
        // 40 posts stored, 10 new: rebuilding the indexes would sort all 50 rows to save 10 inserts; the rows go in one by one.
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await SetUpAsync(db);
        (await ImportAsync(db, ws, ImportKind.Posts, Posts(0, 40), bulkFrom: 1, null, Ct)).AssertSucceeded();
        var before = await IndexesAsync(db, "posts");

        var result = (await ImportAsync(db, ws, ImportKind.Posts, Posts(40, 10), bulkFrom: 1, null, Ct)).AssertSucceeded();

        Assert.Equal((10, 0), (result.Inserted, result.Updated));
        Assert.Equal(before, await IndexesAsync(db, "posts"));
        Assert.Equal(4, before.Count);
    }

    private static async Task<(List<string> Rows, List<string> Indexes, List<string> VisitorDays, List<string> Triggers)> ImportTwiceAsync(DatabaseProvider provider,
        string path, ImportKind kind, string first, string second, string table, params string[] ignoredColumns)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        var bulkFrom = path == ForceBulk ? 1 : int.MaxValue;
        (await ImportAsync(db, ws, kind, first, bulkFrom, null, Ct)).AssertSucceeded();
        (await ImportAsync(db, ws, kind, second, bulkFrom, null, Ct)).AssertSucceeded();
        return (await DumpAsync(db, $"SELECT * FROM {table} ORDER BY id", ignoredColumns), await IndexesAsync(db, table),
            await VisitorDaysAsync(db), await TriggersAsync(db));
    }

    private static Task<List<string>> VisitorDaysAsync(TestDatabase db) =>
        DumpAsync(db, "SELECT i.handle, v.day, v.visitor_id FROM visitor_days AS v JOIN influencers AS i ON i.id = v.influencer_id ORDER BY 1, 2, 3");

    /// <summary>The triggers on clicks with their definitions, as the database holds them.</summary>
    private static Task<List<string>> TriggersAsync(TestDatabase db) =>
        DumpAsync(db, db.Provider == DatabaseProvider.Sqlite
            ? "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'clicks' ORDER BY name"
            : "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = 'clicks'::regclass AND NOT tgisinternal ORDER BY tgname");

    private static async Task<WorkspaceInfo> SetUpAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("brand");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();
        return ws;
    }

    private static async Task<ImportResult> ImportAsync(TestDatabase db, WorkspaceInfo ws, ImportKind kind, string csv, int bulkFrom,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        await using var scope = db.CreateScope(ws);
        scope.ServiceProvider.GetRequiredService<ImportPipeline>().BulkFrom = bulkFrom;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv), writable: false);
        return await scope.ServiceProvider.GetRequiredService<Importer>().ImportAsync(kind, stream, ImportFormat.Csv, progress, cancellationToken);
    }

    /// <summary>Posts p{from}…: every optional column, nulls included, on both influencers and with and without a campaign.</summary>
    private static string Posts(int from, int count, int likesOffset = 0)
    {
        var csv = new StringBuilder("post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions\n");
        for (var i = from; i < from + count; i++)
        {
            var (handle, platform) = i % 2 == 0 ? ("lena", "instagram") : ("max", "tiktok");
            var optional = i % 3 == 0 ? "," : string.Create(CultureInfo.InvariantCulture, $"{i * 100},{i * 90}");
            csv.Append(CultureInfo.InvariantCulture,
                $"p{i},{handle},{platform},2026-03-01T{i % 24:00}:{i % 60:00}:00Z,{(i % 4 == 0 ? "reel" : "")},{(i % 5 == 0 ? "true" : "false")},{(i % 3 == 1 ? "Spring" : "")},{i + likesOffset},{i % 7},{i % 11},{i % 13},{optional},{(i % 2 == 0 ? "" : i * 120)}\n");
        }
        return csv.ToString();
    }

    /// <summary>Clicks c{from}…, one an hour, on both links, ten visitors unless told; some with a user agent and a referrer.</summary>
    private static string Clicks(int from, int count, int visitors = 10)
    {
        var csv = new StringBuilder("link_code,at,visitor_id,user_agent,referrer\n");
        var start = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = from; i < from + count; i++)
        {
            var agent = i % 3 == 0 ? "" : "\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1\"";
            csv.Append(CultureInfo.InvariantCulture,
                $"{(i % 2 == 0 ? "lena-spring" : "max-spring")},{start.AddHours(i):yyyy-MM-ddTHH:mm:ssZ},v{i % visitors},{agent},{(i % 4 == 0 ? "https://www.instagram.com/p/x" : "")}\n");
        }
        return csv.ToString();
    }

    /// <summary>Every row as text, column by column with each value's stored type, minus <paramref name="ignoredColumns"/>.</summary>
    private static async Task<List<string>> DumpAsync(TestDatabase db, string sql, params string[] ignoredColumns)
    {
        await using var scope = db.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Where(i => !ignoredColumns.Contains(reader.GetName(i)))
                .Select(i => $"{reader.GetName(i)}={Text(reader, i)}")));
        }
        return rows;
    }

    private static string Text(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? "null" : $"{reader.GetFieldType(i).Name}:{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}";

    /// <summary>The table's indexes with their definitions, as the database holds them.</summary>
    private static Task<List<string>> IndexesAsync(TestDatabase db, string table) =>
        DumpAsync(db, db.Provider == DatabaseProvider.Sqlite
            ? $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' ORDER BY name"
            : $"SELECT indexname, indexdef FROM pg_indexes WHERE tablename = '{table}' ORDER BY indexname");

    /// <summary>Reports on the writer's own thread, so that a cancellation lands while it writes.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
