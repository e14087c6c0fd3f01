using System.Text;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.Ingestion.Presets.PresetSamples;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion.Presets;

public sealed class MetaPostsPresetTests
{
    private static readonly ImportOptions Csv = new(ImportFormat.Csv);

    /// <summary>UTF-16 with a byte-order mark, a sep= line, CRLF, a caption over two lines: recognised by its header alone.</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_InstagramExport_IsRecognisedAndStoresItsPosts(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var result = (await ImportAsync(db, ws, ImportKind.Posts, Read("meta-posts-instagram.csv"), Csv)).AssertSucceeded();

        Assert.Equal((3, 3, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(
        [
            // "48,210" is 48210; the publish time is stored as written, as UTC.
            new StoredPost("18034567890123456", "lena.bakes", Platform.Instagram, Utc(2026, 3, 1, 18, 30), "reel", 2_140, 118, 96, 305, 48_210, 31_005, null),
            new StoredPost("18034567890123457", "lena.bakes", Platform.Instagram, Utc(2026, 3, 4, 9, 5), "carousel", 1_015, 64, 22, 410, 12_480, 9_870, null),
            // "@lena.bakes" is Lena; an empty Views is not known, an empty Shares or Saves is none.
            new StoredPost("18034567890123458", "lena.bakes", Platform.Instagram, Utc(2026, 3, 7, 20, 0), "photo", 388, 9, 0, 0, null, 4_002, null),
        ], await PostsAsync(db, ws));
    }

    /// <summary>A page's export names no account: its posts are the --influencer's, on the platform "other".</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_FacebookExportWithInfluencer_StoresReactionsAsLikesOnOther(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var result = (await ImportAsync(db, ws, ImportKind.Posts, Read("meta-posts-facebook.csv"),
            Csv with { Preset = "meta-posts", Influencer = "@lena.bakes.page" })).AssertSucceeded();

        Assert.Equal((2, 2, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(
        [
            new StoredPost("104123456789012_871234567890123", "lena.bakes.page", Platform.Other, Utc(2026, 3, 2, 12, 0), "photo", 140, 15, 6, 0, null, 3_870, 5_120),
            new StoredPost("104123456789012_871234567890124", "lena.bakes.page", Platform.Other, Utc(2026, 3, 5, 17, 45), "reel", 1_002, 180, 32, 0, 20_115, 18_950, 22_300),
        ], await PostsAsync(db, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_FacebookExportWithoutInfluencer_FailsOnceNamingTheOption(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var error = (await ImportAsync(db, ws, ImportKind.Posts, Read("meta-posts-facebook.csv"), Csv)).SingleError();

        Assert.Equal(1L, error.Line);
        Assert.Contains("--influencer", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    /// <summary>A daily breakdown, a count in another locale's notation and a foreign link: each named by line and the export's column.</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_BadRows_FailNamingLineAndExportColumnAndStoreNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        var file = """
            "Post ID","Account username","Publish time","Permalink","Post type","Date","Views","Reach","Likes","Shares","Comments","Saves"
            "1","lena.bakes","03/01/2026 18:30","https://www.instagram.com/p/a/","IG image","Lifetime","10","8","5","0","1","0"
            "2","lena.bakes","03/02/2026 18:30","https://www.instagram.com/p/b/","IG image","03/02/2026","10","8","5","0","1","0"
            "3","lena.bakes","03/03/2026 18:30","https://www.instagram.com/p/c/","IG image","Lifetime","10","8","1.234","0","1","0"
            "4","lena.bakes","2026-03-04 18:30","https://example.com/p/d/","IG image","Lifetime","10","8","5","0","1","0"
            "5","lena.bakes","15/03/2026 18:30","https://www.instagram.com/p/e/","IG image","Lifetime","10","8","5","0","","0"
            """;

        var result = await ImportAsync(db, ws, ImportKind.Posts, file, Csv);

        Assert.False(result.Succeeded);
        Assert.Equal([(3L, "Date"), (4L, "Likes"), (5L, "Permalink"), (6L, "Comments"), (6L, "Publish time")],
            result.Errors.Select(e => (e.Line, e.Field)).Order());
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    /// <summary>The same export twice: the second import replaces the counts, it adds no post.</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SameExportTwice_UpdatesAndAddsNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        (await ImportAsync(db, ws, ImportKind.Posts, Read("meta-posts-instagram.csv"), Csv)).AssertSucceeded();

        var again = (await ImportAsync(db, ws, ImportKind.Posts, Read("meta-posts-instagram.csv"), Csv with { Preset = "META-POSTS" })).AssertSucceeded();

        Assert.Equal((3, 0, 3), (again.Rows, again.Inserted, again.Updated));
        Assert.Equal(3, (await PostsAsync(db, ws)).Count);
    }

    [Fact]
    public void Sample_IsUtf16WithByteOrderMarkAndSepLine()
    {
        var bytes = Read("meta-posts-instagram.csv");

        Assert.Equal(new byte[] { 0xFF, 0xFE }, bytes[..2]);
        Assert.StartsWith("sep=,\r\n", Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), StringComparison.Ordinal);
    }
}
