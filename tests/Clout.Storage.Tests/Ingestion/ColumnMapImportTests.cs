using System.Text;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion;

/// <summary>Files in anyone's columns and encodings: a column map, UTF-16, Excel's sep= line, tabs; and the header Clout cannot read.</summary>
public sealed class ColumnMapImportTests
{
    private const string Influencers = "handle,platform,followers\nlena.bakes,instagram,25000\nmax_runs,tiktok,2500000";

    /// <summary>A posts export in someone else's words, with a column Clout does not read.</summary>
    private const string TheirPosts = """
        Post ID,Creator,Network,Publish time,Likes,Comments,Watch time
        p1,lena.bakes,Instagram,2026-03-01T18:30:00Z,900,40,12.5
        p2,@max_runs,TikTok,2026-03-02T09:00:00+02:00,"50,000",800,300.25

        """;

    private const string TheirMap = "Post ID=post_id,Creator=influencer_handle,Network=platform,Publish time=published_at,Likes=likes,Comments=comments,Watch time=-";

    private static readonly StoredPost[] Expected =
    [
        new("p1", "lena.bakes", new DateTime(2026, 3, 1, 18, 30, 0, DateTimeKind.Utc), 900, 40),
        new("p2", "max_runs", new DateTime(2026, 3, 2, 7, 0, 0, DateTimeKind.Utc), 50_000, 800),
    ];

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_CsvWithAMap_StoresExactlyTheMappedRowsAndLeavesOutDashedColumns(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(database);

        var result = (await database.ImportAsync(ws, ImportKind.Posts, Encoding.UTF8.GetBytes(TheirPosts), OptionsImport.Csv with { Map = Map(TheirMap) })).AssertSucceeded();

        Assert.Equal((2, 2, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(Expected, await StoredPostsAsync(database, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_JsonWithAMap_StoresTheSameRows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(database);
        var json = """
            [
              {"Post ID": "p1", "Creator": "lena.bakes", "Network": "instagram", "Publish time": "2026-03-01T18:30:00Z", "Likes": 900, "Comments": 40, "Watch time": 12.5},
              {"Post ID": "p2", "Creator": "max_runs", "Network": "tiktok", "Publish time": "2026-03-02T09:00:00+02:00", "Likes": 50000, "Comments": 800, "Watch time": 300.25}
            ]
            """;

        (await database.ImportAsync(ws, ImportKind.Posts, Encoding.UTF8.GetBytes(json), new ImportOptions(ImportFormat.Json) { Map = Map(TheirMap) })).AssertSucceeded();

        Assert.Equal(Expected, await StoredPostsAsync(database, ws));
    }

    [Fact]
    public async Task ImportAsync_ColumnMappedToDash_IsNotRead()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await RosterAsync(database);
        // Without "Watch time=-" the extra column is an unknown one.
        var error = (await database.ImportAsync(ws, ImportKind.Posts, Encoding.UTF8.GetBytes(TheirPosts),
            OptionsImport.Csv with { Map = Map(TheirMap.Replace(",Watch time=-", "", StringComparison.Ordinal)) })).SingleError();

        Assert.Equal((1L, "Watch time"), (error.Line, error.Field));
        Assert.Empty(await StoredPostsAsync(database, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_Utf16LittleEndianWithByteOrderMark_IsRead(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(database);
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(TheirPosts)).ToArray();

        (await database.ImportAsync(ws, ImportKind.Posts, bytes, OptionsImport.Csv with { Map = Map(TheirMap) })).AssertSucceeded();

        Assert.Equal(Expected, await StoredPostsAsync(database, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SepLineAndSemicolons_AreReadAndErrorsCountTheSepLine(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(database);
        var semicolons = "sep=;\n" + TheirPosts.Replace("\"50,000\"", "50000", StringComparison.Ordinal).Replace(',', ';');

        (await database.ImportAsync(ws, ImportKind.Posts, Encoding.UTF8.GetBytes(semicolons), OptionsImport.Csv with { Map = Map(TheirMap) })).AssertSucceeded();
        Assert.Equal(Expected, await StoredPostsAsync(database, ws));

        // The file's lines: sep= is line 1, the header line 2, p2 line 4.
        var bad = semicolons.Replace("p2;@max_runs;TikTok;2026-03-02T09:00:00+02:00;50000", "p3;@max_runs;TikTok;2026-03-02T09:00:00+02:00;many", StringComparison.Ordinal);
        var error = (await database.ImportAsync(ws, ImportKind.Posts, Encoding.UTF8.GetBytes(bad), OptionsImport.Csv with { Map = Map(TheirMap) })).SingleError();
        Assert.Equal((4L, "likes"), (error.Line, error.Field));
        Assert.Equal(Expected, await StoredPostsAsync(database, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TabSeparated_IsRead(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(database);
        var tabs = TheirPosts.Replace("\"50,000\"", "50000", StringComparison.Ordinal).Replace(',', '\t');

        (await database.ImportAsync(ws, ImportKind.Posts, Encoding.UTF8.GetBytes(tabs), OptionsImport.Csv with { Map = Map(TheirMap) })).AssertSucceeded();

        Assert.Equal(Expected, await StoredPostsAsync(database, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_UnknownHeader_NamesEveryUnrecognisedColumnSuggestsAMapAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(database);

        var result = await database.ImportAsync(ws, ImportKind.Posts, Encoding.UTF8.GetBytes(TheirPosts), OptionsImport.Csv);

        Assert.False(result.Succeeded);
        var unknown = result.Errors.Where(e => e.Message.StartsWith("unknown column", StringComparison.Ordinal)).ToList();
        // Named as the file writes them, to be copied into a map; Likes and Comments are Clout's own names.
        Assert.Equal(["Creator", "Network", "Post ID", "Publish time", "Watch time"], unknown.Select(e => e.Field).Order());
        Assert.All(unknown, e => Assert.Equal(1L, e.Line));
        Assert.All(unknown, e => Assert.Contains($"--map \"{e.Field}=", e.Message, StringComparison.Ordinal));
        Assert.Empty(await StoredPostsAsync(database, ws));
    }

    private static ColumnMap Map(string text) => ColumnMap.Parse(text, out var error) ?? throw new InvalidOperationException(error);

    private static async Task<WorkspaceInfo> RosterAsync(TestDatabase database)
    {
        var ws = await database.CreateWorkspaceAsync("brand");
        (await database.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        return ws;
    }

    private static Task<List<StoredPost>> StoredPostsAsync(TestDatabase database, WorkspaceInfo ws) =>
        database.QueryAsync(ws, db => db.Posts.OrderBy(p => p.ExternalId)
            .Select(p => new StoredPost(p.ExternalId, db.Influencers.Where(i => i.Id == p.InfluencerId).Select(i => i.Handle).Single(), p.PublishedAtUtc, p.Likes, p.Comments))
            .ToListAsync(Ct));

    private sealed record StoredPost(string Id, string Handle, DateTime PublishedAtUtc, long Likes, long Comments);
}
