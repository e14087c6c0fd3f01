using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion.Presets;

public sealed class YouTubeStudioPresetTests
{
    private const string Influencers = "handle,platform,followers\nbreadwithlena,youtube,120000\nlena.bakes,instagram,25000";

    public static TheoryData<DatabaseProvider, string> ProvidersAndFiles
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                data.Add(provider, "youtube-studio-table-data.csv");
                data.Add(provider, "youtube-studio-export.zip");
            }
            return data;
        }
    }

    private static DateTime Day(int year, int month, int day) => new(year, month, day, 0, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(ProvidersAndFiles))]
    public async Task ImportAsync_TableData_StoresEachVideoOfTheInfluencerWithoutTheTotalRow(DatabaseProvider provider, string file)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ws = await database.CreateWorkspaceAsync("brand");
        (await database.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();

        var result = (await database.ImportAsync(ws, ImportKind.Posts, OptionsImport.Sample(file),
            OptionsImport.Csv with { Influencer = "@BreadWithLena" })).AssertSucceeded();

        Assert.Equal((3, 3, 0), (result.Rows, result.Inserted, result.Updated));
        var lena = await database.QueryAsync(ws, db => db.Influencers.Where(i => i.Handle == "breadwithlena" && i.Platform == Platform.YouTube).Select(i => i.Id).SingleAsync(Ct));
        var posts = await database.QueryAsync(ws, db => db.Posts.OrderBy(p => p.PublishedAtUtc)
            .Select(p => new StoredVideo(p.ExternalId, p.InfluencerId, p.PublishedAtUtc, p.Kind, p.Likes, p.Comments, p.Shares, p.Views, p.Impressions, p.Reach))
            .ToListAsync(Ct));
        Assert.Equal(
        [
            new StoredVideo("aB3_x-9ZqLk", lena, Day(2023, 12, 28), "video", 300, 35, 21, 8_000, 100_000, null),
            new StoredVideo("kT3mB0sdgh1", lena, Day(2024, 1, 5), "video", 1_200, 150, 40, 40_000, 500_000, null),
            new StoredVideo("Zz9yX8wV7uT", lena, Day(2024, 2, 14), "video", 4, 2, 0, 210, 10_433, null),
        ], posts);
    }

    /// <summary>Damaged zips, as fuzzing the import door made them: each was an unhandled exception (a 500) before.</summary>
    [Theory]
    [InlineData("central directory count")]
    [InlineData("compressed data")]
    public async Task ImportAsync_DamagedZip_FailsAsABadFileAndStoresNothing(string damage)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await database.CreateWorkspaceAsync("brand");
        (await database.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        var zip = OptionsImport.Sample("youtube-studio-export.zip");
        var end = zip.AsSpan().LastIndexOf([(byte)0x50, (byte)0x4B, (byte)0x05, (byte)0x06]);
        if (damage == "central directory count")
        {
            zip[end + 10] ^= 0x7F; // entries in the central directory, as the end record says
        }
        else
        {
            for (var i = 40; i < 80; i++)
            {
                zip[i] ^= 0x5A; // inside the first entry's deflated bytes
            }
        }

        var result = await database.ImportAsync(ws, ImportKind.Posts, zip, OptionsImport.Csv with { Influencer = "breadwithlena" });

        Assert.False(result.Succeeded);
        Assert.Contains("cannot be read", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.QueryAsync(ws, db => db.Posts.CountAsync(Ct)));
    }

    [Fact]
    public async Task ImportAsync_NoInfluencerGiven_FailsNamingTheOptionAndStoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await database.CreateWorkspaceAsync("brand");
        (await database.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();

        var error = (await database.ImportAsync(ws, ImportKind.Posts, OptionsImport.Sample("youtube-studio-table-data.csv"), OptionsImport.Csv)).SingleError();

        Assert.Equal(1L, error.Line);
        Assert.Contains("--influencer", error.Message);
        Assert.Equal(0, await database.QueryAsync(ws, db => db.Posts.CountAsync(Ct)));
    }

    [Fact]
    public async Task ImportAsync_ViewWithoutLikesAndComments_FailsNamingThemRatherThanStoringZeros()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await database.CreateWorkspaceAsync("brand");
        (await database.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        var csv = "Content,Video title,Video publish time,Duration,Views,Watch time (hours),Subscribers,Impressions,Impressions click-through rate (%)\n"
            + "Total,,,,40000,1800.1,250,500000,6.2\n"
            + "kT3mB0sdgh1,Sourdough for beginners,\"Jan 5, 2024\",754,40000,1800.1,250,500000,6.2\n";

        var error = (await database.ImportAsync(ws, ImportKind.Posts, System.Text.Encoding.UTF8.GetBytes(csv),
            OptionsImport.Csv with { Preset = "youtube-studio", Influencer = "breadwithlena" })).SingleError();

        Assert.Equal((1L, "Likes"), (error.Line, error.Field));
        Assert.Contains("'Likes', 'Comments'", error.Message);
        Assert.Equal(0, await database.QueryAsync(ws, db => db.Posts.CountAsync(Ct)));
    }

    [Fact]
    public async Task ImportAsync_InfluencerNotOnTheRoster_IsNamedAndNothingIsStored()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await database.CreateWorkspaceAsync("brand");
        (await database.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();

        var result = await database.ImportAsync(ws, ImportKind.Posts, OptionsImport.Sample("youtube-studio-table-data.csv"),
            OptionsImport.Csv with { Influencer = "lena.bakes" }); // on the roster, but on Instagram

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal("influencer_handle", e.Field));
        Assert.Equal([3L, 4L, 5L], result.Errors.Select(e => e.Line).Order());
        Assert.Equal(0, await database.QueryAsync(ws, db => db.Posts.CountAsync(Ct)));
    }

    private sealed record StoredVideo(string Id, long InfluencerId, DateTime PublishedAtUtc, string? Kind, long Likes, long Comments,
        long Shares, long? Views, long? Impressions, long? Reach);
}
