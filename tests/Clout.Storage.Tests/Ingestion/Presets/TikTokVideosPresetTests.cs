using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.Ingestion.Presets.PresetSamples;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion.Presets;

public sealed class TikTokVideosPresetTests
{
    private static readonly ImportOptions Csv = new(ImportFormat.Csv);

    /// <summary>
    /// Downloaded on January 4 (its Time column) with --year 2027: December's videos are from 2026, January's from 2027.
    /// The account and the ids come from the links.
    /// </summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ExportSpanningNewYear_PutsEachDayInItsYear(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var result = (await ImportAsync(db, ws, ImportKind.Posts, Read("tiktok-videos.csv"), Csv with { Year = 2027 })).AssertSucceeded();

        Assert.Equal((4, 4, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(
        [
            new StoredPost("7453123456789012345", "max_runs", Platform.TikTok, Utc(2026, 12, 28), "video", 5_210, 184, 77, 0, 61_040, null, null),
            new StoredPost("7454123456789012345", "max_runs", Platform.TikTok, Utc(2026, 12, 31), "video", 1_980, 45, 12, 0, 20_877, null, null),
            new StoredPost("7455123456789012345", "max_runs", Platform.TikTok, Utc(2027, 1, 2), "video", 3_104, 97, 41, 0, 35_500, null, null),
            // "undefined" views: TikTok has no figure yet.
            new StoredPost("7455923456789012345", "max_runs", Platform.TikTok, Utc(2027, 1, 3), "photo", 640, 28, 5, 0, null, null, null),
        ], await PostsAsync(db, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_WithoutYear_FailsOnceNamingTheOptionAndStoresNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var error = (await ImportAsync(db, ws, ImportKind.Posts, Read("tiktok-videos.csv"), Csv with { Preset = "tiktok-videos" })).SingleError();

        Assert.Equal((2L, "Post time"), (error.Line, error.Field));
        Assert.Contains("--year", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_InfluencerIsNotTheLinksAccount_FailsEveryRowAndStoresNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var result = await ImportAsync(db, ws, ImportKind.Posts, Read("tiktok-videos.csv"), Csv with { Year = 2027, Influencer = "lena.bakes" });

        Assert.False(result.Succeeded);
        Assert.Equal([(2L, "Video link"), (3L, "Video link"), (4L, "Video link"), (5L, "Video link")], result.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("@max_runs", result.Errors[0].Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    /// <summary>Without the export's Time column every day is in --year; a link without an account takes --influencer's.</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_WithoutTimeColumn_UsesTheYearGivenAndTheInfluencer(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        var file = """
            Video title,Video link,Post time,Total likes,Total comments,Total shares,Total views
            Hill sprints,https://www.tiktok.com/video/7400000000000000001,Jun 3,100,5,1,2000
            Bad one,https://www.tiktok.com/@max_runs,June 4,100,5,1,2000
            """;

        var result = await ImportAsync(db, ws, ImportKind.Posts, file, Csv with { Year = 2026, Influencer = "max_runs" });

        Assert.Equal((3L, "Video link"), (result.SingleError().Line, result.SingleError().Field));
        var fixedFile = file.Replace("https://www.tiktok.com/@max_runs,", "https://www.tiktok.com/@max_runs/video/7400000000000000002,", StringComparison.Ordinal);
        (await ImportAsync(db, ws, ImportKind.Posts, fixedFile, Csv with { Year = 2026, Influencer = "max_runs" })).AssertSucceeded();
        Assert.Equal(
        [
            new StoredPost("7400000000000000001", "max_runs", Platform.TikTok, Utc(2026, 6, 3), "video", 100, 5, 1, 0, 2_000, null, null),
            new StoredPost("7400000000000000002", "max_runs", Platform.TikTok, Utc(2026, 6, 4), "video", 100, 5, 1, 0, 2_000, null, null),
        ], await PostsAsync(db, ws));
    }
}
