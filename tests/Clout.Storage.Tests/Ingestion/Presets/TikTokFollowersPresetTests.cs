using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.Ingestion.Presets.PresetSamples;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion.Presets;

public sealed class TikTokFollowersPresetTests
{
    private static readonly ImportOptions Max2027 = new(ImportFormat.Csv) { Year = 2027, Influencer = "@max_runs" };

    /// <summary>
    /// The history's last day is January 4 of --year 2027: the December days are 2026's. The total is read, the
    /// difference column left aside, and the days TikTok has no figure for yet ("undefined") are not stored.
    /// </summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_HistorySpanningNewYear_StoresEachDaysTotal(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var result = (await ImportAsync(db, ws, ImportKind.Followers, Read("tiktok-followers.csv"), Max2027)).AssertSucceeded();

        Assert.Equal((5, 5, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(
        [
            new StoredSnapshot("max_runs", Platform.TikTok, Utc(2026, 12, 30), 2_498_210, null),
            new StoredSnapshot("max_runs", Platform.TikTok, Utc(2026, 12, 31), 2_498_620, null),
            new StoredSnapshot("max_runs", Platform.TikTok, Utc(2027, 1, 1), 2_499_753, null),
            new StoredSnapshot("max_runs", Platform.TikTok, Utc(2027, 1, 2), 2_500_000, null),
            new StoredSnapshot("max_runs", Platform.TikTok, Utc(2027, 1, 3), 2_500_188, null),
        ], await SnapshotsAsync(db, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_WithoutInfluencer_FailsOnceNamingTheOption(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var error = (await ImportAsync(db, ws, ImportKind.Followers, Read("tiktok-followers.csv"), Max2027 with { Influencer = null })).SingleError();

        Assert.Equal(1L, error.Line);
        Assert.Contains("--influencer", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.FollowerSnapshots.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_WithoutYear_FailsOnceNamingTheOption(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);

        var error = (await ImportAsync(db, ws, ImportKind.Followers, Read("tiktok-followers.csv"), Max2027 with { Year = null })).SingleError();

        Assert.Equal((2L, "Date"), (error.Line, error.Field));
        Assert.Contains("--year", error.Message);
        Assert.Contains("December 30", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.FollowerSnapshots.CountAsync(Ct)));
    }

    /// <summary>A daily difference alone cannot give totals: refused, named, nothing stored.</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_OnlyTheDifferenceColumn_IsRefusedClearly(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        const string file = "Date,Difference in followers from previous day\nJanuary 1,12\nJanuary 2,30\n";

        var error = (await ImportAsync(db, ws, ImportKind.Followers, file, Max2027)).SingleError();

        Assert.Equal((1L, "Difference in followers from previous day"), (error.Line, error.Field));
        Assert.Contains("Followers column", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.FollowerSnapshots.CountAsync(Ct)));
    }

    /// <summary>The "Total followers" spelling, days with their year, and a bad day named by the export's column.</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_TotalFollowersWithYears_NeedsNoYearOption(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await RosterAsync(db);
        const string bad = "Date,Total followers\n\"Mar 1, 2026\",2400000\nMarch 32,2400100\n";

        var error = (await ImportAsync(db, ws, ImportKind.Followers, bad, Max2027 with { Year = null })).SingleError();
        Assert.Equal((3L, "Date"), (error.Line, error.Field));

        (await ImportAsync(db, ws, ImportKind.Followers, bad.Replace("March 32", "2026-03-02", StringComparison.Ordinal), Max2027 with { Year = null })).AssertSucceeded();
        Assert.Equal(
        [
            new StoredSnapshot("max_runs", Platform.TikTok, Utc(2026, 3, 1), 2_400_000, null),
            new StoredSnapshot("max_runs", Platform.TikTok, Utc(2026, 3, 2), 2_400_100, null),
        ], await SnapshotsAsync(db, ws));
    }
}
