using System.Text;
using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion;

public sealed class ImporterTests
{
    private const string PostsHeader = "post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions";

    public static TheoryData<DatabaseProvider, string> ProvidersAndLayouts
    {
        get
        {
            var data = new TheoryData<DatabaseProvider, string>();
            foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
            {
                foreach (var layout in new[] { SampleFiles.Csv, SampleFiles.JsonArray, SampleFiles.JsonLines })
                {
                    data.Add(provider, layout);
                }
            }
            return data;
        }
    }

    private static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    // --- Good files: what is stored equals what was given -----------------------------------------------------

    [Theory, MemberData(nameof(ProvidersAndLayouts))]
    public async Task ImportAsync_Influencers_StoresRowsAsGiven(DatabaseProvider provider, string layout)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");

        var result = (await ImportAsync(db, ws, ImportKind.Influencers, layout, SampleFiles.Influencers)).AssertSucceeded();

        Assert.Equal((2, 2, 0), (result.Rows, result.Inserted, result.Updated));
        var stored = await db.QueryAsync(ws, c => c.Influencers.OrderBy(i => i.Handle)
            .Select(i => new StoredInfluencer(i.Handle, i.Platform, i.DisplayName, i.Niche, i.Followers, i.Following, i.Country))
            .ToListAsync(Ct));
        // "@Max_Runs" loses its @ and its capitals; "de" becomes "DE".
        Assert.Equal(
        [
            new StoredInfluencer("lena.bakes", Platform.Instagram, "Lena", "food", 25_000, 300, "DE"),
            new StoredInfluencer("max_runs", Platform.TikTok, "Max, the runner", "fitness", 2_500_000, null, "FR"),
        ], stored);
    }

    [Theory, MemberData(nameof(ProvidersAndLayouts))]
    public async Task ImportAsync_Posts_StoresRowsAsGivenWithTimesInUtc(DatabaseProvider provider, string layout)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        (await ImportAsync(db, ws, ImportKind.Influencers, layout, SampleFiles.Influencers)).AssertSucceeded();

        var result = (await ImportAsync(db, ws, ImportKind.Posts, layout, SampleFiles.Posts)).AssertSucceeded();

        Assert.Equal((2, 2, 0), (result.Rows, result.Inserted, result.Updated));
        var stored = await StoredPostsAsync(db, ws);
        Assert.Equal(
        [
            new StoredPost("p1", "lena.bakes", Utc(2026, 3, 1, 18, 30), "photo", false, null, 900, 40, 10, 20, null, 5_000, 7_000),
            // 09:00 at +02:00 is 07:00 UTC.
            new StoredPost("p2", "max_runs", Utc(2026, 3, 2, 7, 0), "reel", true, "Spring 2026", 50_000, 800, 300, 100, 900_000, 600_000, 800_000),
        ], stored);
        Assert.All(stored, p => Assert.Equal(DateTimeKind.Utc, p.PublishedAtUtc.Kind));
        // The campaign named in the file was created, with the default goal.
        var campaign = await db.QueryAsync(ws, c => c.Campaigns.Select(x => new { x.Name, x.Goal }).SingleAsync(Ct));
        Assert.Equal(("Spring 2026", CampaignGoal.Blend), (campaign.Name, campaign.Goal));
    }

    [Theory, MemberData(nameof(ProvidersAndLayouts))]
    public async Task ImportAsync_Comments_StoresRowsAsGiven(DatabaseProvider provider, string layout)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        (await ImportAsync(db, ws, ImportKind.Influencers, layout, SampleFiles.Influencers)).AssertSucceeded();
        (await ImportAsync(db, ws, ImportKind.Posts, layout, SampleFiles.Posts)).AssertSucceeded();

        var result = (await ImportAsync(db, ws, ImportKind.Comments, layout, SampleFiles.Comments)).AssertSucceeded();

        Assert.Equal((3, 3, 0), (result.Rows, result.Inserted, result.Updated));
        var stored = await db.QueryAsync(ws, c => c.Comments
            .Join(c.Posts, x => x.PostId, p => p.Id, (x, p) => new { x, p.ExternalId })
            .OrderBy(j => j.x.ExternalId)
            .Select(j => new StoredComment(j.x.ExternalId, j.ExternalId, j.x.Author, j.x.Text, j.x.CreatedAtUtc, j.x.Likes, j.x.IsCreatorReply, j.x.ParentExternalId))
            .ToListAsync(Ct));
        Assert.Equal(
        [
            new StoredComment("c1", "p1", "anna12", "where can I buy this, \"link\"?", Utc(2026, 3, 1, 19, 0), 3, false, null),
            // Quotes, the line break and the emoji survive every format.
            new StoredComment("c2", "p1", "lena.bakes", "link in bio!\nuse LENA10 😍", Utc(2026, 3, 1, 19, 5), 1, true, "c1"),
            // Empty is_creator_reply reads as false, empty created_at as unknown.
            new StoredComment("c3", "p2", "bot", "follow me", null, 0, false, null),
        ], stored);
        Assert.All(stored.Where(x => x.CreatedAtUtc is not null), x => Assert.Equal(DateTimeKind.Utc, x.CreatedAtUtc!.Value.Kind));
    }

    [Theory, MemberData(nameof(ProvidersAndLayouts))]
    public async Task ImportAsync_Followers_StoresSnapshotsAsGiven(DatabaseProvider provider, string layout)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        (await ImportAsync(db, ws, ImportKind.Influencers, layout, SampleFiles.Influencers)).AssertSucceeded();

        var result = (await ImportAsync(db, ws, ImportKind.Followers, layout, SampleFiles.Followers)).AssertSucceeded();

        Assert.Equal((3, 3, 0), (result.Rows, result.Inserted, result.Updated));
        var stored = await db.QueryAsync(ws, c => c.FollowerSnapshots
            .Join(c.Influencers, s => s.InfluencerId, i => i.Id, (s, i) => new StoredSnapshot(i.Handle, s.DateUtc, s.Followers, s.Following))
            .ToListAsync(Ct));
        Assert.Equal(
        [
            new StoredSnapshot("lena.bakes", Utc(2026, 2, 1), 24_000, 300),
            new StoredSnapshot("lena.bakes", Utc(2026, 3, 1), 25_000, 300),
            new StoredSnapshot("max_runs", Utc(2026, 3, 1), 2_500_000, null),
        ], stored.OrderBy(s => s.Handle).ThenBy(s => s.DateUtc));
        Assert.All(stored, s => Assert.Equal(DateTimeKind.Utc, s.DateUtc.Kind));
    }

    [Theory, MemberData(nameof(ProvidersAndLayouts))]
    public async Task ImportAsync_Collaborations_StoresMoneyInMinorUnits(DatabaseProvider provider, string layout)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        (await ImportAsync(db, ws, ImportKind.Influencers, layout, SampleFiles.Influencers)).AssertSucceeded();

        var result = (await ImportAsync(db, ws, ImportKind.Collaborations, layout, SampleFiles.Collaborations)).AssertSucceeded();

        Assert.Equal((2, 2, 0), (result.Rows, result.Inserted, result.Updated));
        var stored = await StoredCollaborationsAsync(db, ws);
        Assert.Equal(
        [
            // 1500.50 → 150050 cents, 25 → 2500 cents, "10%" → 0.10.
            new StoredCollaboration("Spring 2026", "lena.bakes", 150_050, 2_500, 0.10, "LENA10", "lena-spring", "https://shop.example/p?ref=lena"),
            // 25000 → 2500000 cents; no product cost is 0.
            new StoredCollaboration("Spring 2026", "max_runs", 2_500_000, 0, 0.05, "MAX10", "max-spring", "https://shop.example/p"),
        ], stored);
    }

    // --- All or nothing -----------------------------------------------------------------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ThousandPostsWithOneMalformedRow_FailsNamingLineAndFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        // Line 1 is the header, so row n is on line n + 1: the bad row is the 516th.
        const int BadLine = 517;
        string File(string badLikes) => PostsHeader + "\n" + string.Concat(Enumerable.Range(1, 1_000).Select(n =>
            $"bulk-{n},lena.bakes,instagram,2026-01-01T00:00:00Z,photo,true,Bulk,{(n + 1 == BadLine ? badLikes : "10")},1,0,0,,,\n"));

        var failed = await db.ImportCsvAsync(ws, ImportKind.Posts, File("abc"));

        var error = failed.SingleError();
        Assert.Equal(BadLine, error.Line);
        Assert.Equal("likes", error.Field);
        Assert.Contains("abc", error.Message);
        Assert.Equal((0, 0), (failed.Inserted, failed.Updated));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Campaigns.CountAsync(Ct)));

        // The same file with that one field mended goes in whole: the row was the only problem.
        var mended = (await db.ImportCsvAsync(ws, ImportKind.Posts, File("10"))).AssertSucceeded();
        Assert.Equal(1_000, mended.Inserted);
        Assert.Equal(1_000, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_PostOfUnknownInfluencer_FailsAndStoresNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        var csv = PostsHeader + "\n"
            + "ok-1,lena.bakes,instagram,2026-01-01T00:00:00Z,photo,,,10,1,,,,,\n"
            + "bad-1,ghost,instagram,2026-01-01T00:00:00Z,photo,,,10,1,,,,,\n";

        var error = (await db.ImportCsvAsync(ws, ImportKind.Posts, csv)).SingleError();

        Assert.Equal((3L, "influencer_handle"), (error.Line, error.Field));
        Assert.Contains("@ghost", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_HandleKnownOnAnotherPlatformOnly_IsUnknown(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        // lena.bakes exists on instagram, not on tiktok.
        var csv = "influencer_handle,platform,date,followers\nlena.bakes,tiktok,2026-01-01,100\n";

        var error = (await db.ImportCsvAsync(ws, ImportKind.Followers, csv)).SingleError();

        Assert.Equal((2L, "influencer_handle"), (error.Line, error.Field));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.FollowerSnapshots.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_BadDate_FailsNamingTheField(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        var csv = PostsHeader + "\n"
            + "ok-1,lena.bakes,instagram,2026-02-28T10:00:00Z,photo,,,10,1,,,,,\n"
            + "bad-1,lena.bakes,instagram,2026-02-30T10:00:00Z,photo,,,10,1,,,,,\n";

        var error = (await db.ImportCsvAsync(ws, ImportKind.Posts, csv)).SingleError();

        Assert.Equal((3L, "published_at"), (error.Line, error.Field));
        Assert.Contains("2026-02-30", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_NegativeCount_FailsNamingTheField(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        var csv = PostsHeader + "\nneg-1,lena.bakes,instagram,2026-01-01T00:00:00Z,photo,,,10,1,-3,,,,\n";

        var error = (await db.ImportCsvAsync(ws, ImportKind.Posts, csv)).SingleError();

        Assert.Equal((2L, "shares"), (error.Line, error.Field));
        Assert.Contains("negative", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_HeaderWithoutRequiredColumn_FailsOnLineOne(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        var csv = "post_id,influencer_handle,platform,published_at,comments\np1,lena.bakes,instagram,2026-01-01T00:00:00Z,1\n";

        var error = (await db.ImportCsvAsync(ws, ImportKind.Posts, csv)).SingleError();

        Assert.Equal((1L, "likes"), (error.Line, error.Field));
        Assert.Contains("required column is missing", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_JsonRecordWithoutRequiredField_FailsOnItsLine(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        var lines = SampleFiles.ToJsonLines([SampleFiles.Posts[0], WithoutColumn(SampleFiles.Posts[1], "likes")]);

        var error = (await db.ImportJsonAsync(ws, ImportKind.Posts, lines)).SingleError();

        Assert.Equal((2L, "likes"), (error.Line, error.Field));
        Assert.Contains("required", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_JsonArrayWithBadRecord_NamesTheLineWhereTheRecordStarts(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        var json = SampleFiles.ToJsonArray([SampleFiles.Posts[0], SampleFiles.Posts[1].With("likes", "many")]);
        // Indented: "[" on line 1, then each record spans "{", one line per column and "}".
        var secondRecordLine = 1 + (SampleFiles.Posts[0].Count + 2) + 1;

        var error = (await db.ImportJsonAsync(ws, ImportKind.Posts, json)).SingleError();

        Assert.Equal((secondRecordLine, "likes"), (error.Line, error.Field));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_EmptyCsv_FailsAskingForAHeader(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");

        var error = (await db.ImportCsvAsync(ws, ImportKind.Influencers, "")).SingleError();

        Assert.Equal(1, error.Line);
        Assert.Contains("header", error.Message);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_UnknownColumn_FailsNamingIt(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");

        var error = (await db.ImportCsvAsync(ws, ImportKind.Influencers, "handle,platform,folowers\nlena,instagram,10\n")).SingleError();

        Assert.Equal((1L, "folowers"), (error.Line, error.Field));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Influencers.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_DuplicatePostIdInFile_FailsNamingBothLines(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        var csv = PostsHeader + "\n"
            + "p1,lena.bakes,instagram,2026-01-01T00:00:00Z,photo,,,10,1,,,,,\n"
            + "p2,lena.bakes,instagram,2026-01-02T00:00:00Z,photo,,,10,1,,,,,\n"
            + "p1,lena.bakes,instagram,2026-01-03T00:00:00Z,photo,,,10,1,,,,,\n";

        var error = (await db.ImportCsvAsync(ws, ImportKind.Posts, csv)).SingleError();

        Assert.Equal((4L, "post_id"), (error.Line, error.Field));
        Assert.Contains("line 2", error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_SameHandleDifferingInCaseAndAt_IsADuplicate(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");

        var error = (await db.ImportCsvAsync(ws, ImportKind.Influencers, "handle,platform\nLena,instagram\n@lena,ig\n")).SingleError();

        Assert.Equal((3L, "handle"), (error.Line, error.Field));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Influencers.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_DuplicatePromoCodeInFile_Fails(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        // Promo codes are case-insensitive at checkout, so "lena10" repeats "LENA10".
        var file = SampleFiles.ToCsv([SampleFiles.Collaborations[0], SampleFiles.Collaborations[1].With("promo_code", "lena10")]);

        var error = (await db.ImportCsvAsync(ws, ImportKind.Collaborations, file)).SingleError();

        Assert.Equal((3L, "promo_code"), (error.Line, error.Field));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Collaborations.CountAsync(Ct)));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Campaigns.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_LinkCodeTakenByAnotherWorkspace_Fails(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await ImportedRosterAsync(db, "brand-a");
        var b = await ImportedRosterAsync(db, "brand-b");
        (await db.ImportCsvAsync(a, ImportKind.Collaborations, SampleFiles.ToCsv(SampleFiles.Collaborations))).AssertSucceeded();
        // B's own promo codes, but A's link code for Max: /r/{code} carries no workspace.
        var file = SampleFiles.ToCsv(
        [
            SampleFiles.Collaborations[0].With("promo_code", "B-LENA").With("link_code", "b-lena"),
            SampleFiles.Collaborations[1].With("promo_code", "B-MAX"),
        ]);

        var error = (await db.ImportCsvAsync(b, ImportKind.Collaborations, file)).SingleError();

        Assert.Equal((3L, "link_code"), (error.Line, error.Field));
        Assert.Contains("max-spring", error.Message);
        Assert.Equal(0, await db.QueryAsync(b, c => c.Collaborations.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_CodesTakenByAnotherCollaborationOfTheWorkspace_FailWithRowErrors(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, SampleFiles.ToCsv(SampleFiles.Collaborations))).AssertSucceeded();
        // A new campaign for Lena that reuses Max's promo code and Lena's own spring link code.
        var file = SampleFiles.ToCsv([SampleFiles.Collaborations[0].With("campaign", "Summer 2026").With("promo_code", "max10")]);

        var result = await db.ImportCsvAsync(ws, ImportKind.Collaborations, file);

        Assert.False(result.Succeeded);
        Assert.Equal([(2L, "link_code"), (2L, "promo_code")], result.Errors.Select(e => (e.Line, e.Field)).Order());
        Assert.Equal(2, await db.QueryAsync(ws, c => c.Collaborations.CountAsync(Ct)));
        Assert.Equal(["Spring 2026"], await db.QueryAsync(ws, c => c.Campaigns.Select(x => x.Name).ToListAsync(Ct)));
    }

    // --- Field bounds ---------------------------------------------------------------------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_CommentTextAtTheLimit_IsStoredWhole(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Posts, SampleFiles.ToCsv(SampleFiles.Posts))).AssertSucceeded();
        var text = new string('a', 3_998) + "😍"; // 4,000 UTF-16 units, the limit.

        (await db.ImportCsvAsync(ws, ImportKind.Comments, SampleFiles.ToCsv([SampleFiles.Comments[0].With("text", text)]))).AssertSucceeded();

        Assert.Equal(text, await db.QueryAsync(ws, c => c.Comments.Select(x => x.Text).SingleAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_CommentTextOverTheLimit_FailsNamingTheField(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Posts, SampleFiles.ToCsv(SampleFiles.Posts))).AssertSucceeded();
        var huge = new string('a', 4_001);

        var error = (await db.ImportCsvAsync(ws, ImportKind.Comments, SampleFiles.ToCsv([SampleFiles.Comments[0].With("text", huge)]))).SingleError();

        Assert.Equal((2L, "text"), (error.Line, error.Field));
        Assert.Contains("4001", error.Message);
        // The message quotes the limit, not the megabyte of text.
        Assert.True(error.Message.Length < 200, error.Message);
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Comments.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_HandleOverTheLimit_FailsNamingTheField(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        var handle = new string('h', 101);

        var error = (await db.ImportCsvAsync(ws, ImportKind.Influencers, $"handle,platform\n{handle},instagram\n")).SingleError();

        Assert.Equal((2L, "handle"), (error.Line, error.Field));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Influencers.CountAsync(Ct)));
    }

    // --- Re-import: rows with a known id are updated in place, never duplicated -----------------------------------

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_KnownPostIds_UpdateTheRowsInPlace(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Posts, SampleFiles.ToCsv(SampleFiles.Posts))).AssertSucceeded();
        var p3 = SampleFiles.Posts[0].With("post_id", "p3").With("published_at", "2026-03-05T10:00:00Z");
        var file = SampleFiles.ToCsv([SampleFiles.Posts[0].With("likes", 950).With("campaign", "Spring 2026"), p3]);

        var result = (await db.ImportCsvAsync(ws, ImportKind.Posts, file)).AssertSucceeded();

        Assert.Equal((2, 1, 1), (result.Rows, result.Inserted, result.Updated));
        var stored = await StoredPostsAsync(db, ws);
        Assert.Equal(["p1", "p2", "p3"], stored.Select(p => p.PostId));
        var p1 = stored[0];
        Assert.Equal((950L, "Spring 2026"), (p1.Likes, p1.Campaign));
        // p2 was not in the second file and is left alone.
        Assert.Equal(50_000, stored[1].Likes);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_KnownHandles_UpdateGivenFieldsAndKeepTheRest(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        // Same handle written differently, a new follower count, no display name or niche.
        var file = "handle,platform,display_name,niche,followers\n@LENA.BAKES,instagram,,,26000\n";

        var result = (await db.ImportCsvAsync(ws, ImportKind.Influencers, file)).AssertSucceeded();

        Assert.Equal((1, 0, 1), (result.Rows, result.Inserted, result.Updated));
        var lena = await db.QueryAsync(ws, c => c.Influencers.Where(i => i.Handle == "lena.bakes")
            .Select(i => new StoredInfluencer(i.Handle, i.Platform, i.DisplayName, i.Niche, i.Followers, i.Following, i.Country)).SingleAsync(Ct));
        Assert.Equal(new StoredInfluencer("lena.bakes", Platform.Instagram, "Lena", "food", 26_000, 300, "DE"), lena);
        Assert.Equal(2, await db.QueryAsync(ws, c => c.Influencers.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_KnownSnapshotDate_ReplacesTheCount(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Followers, SampleFiles.ToCsv(SampleFiles.Followers))).AssertSucceeded();

        var result = (await db.ImportCsvAsync(ws, ImportKind.Followers, "influencer_handle,platform,date,followers\nlena.bakes,instagram,2026-03-01,25500\n")).AssertSucceeded();

        Assert.Equal((1, 0, 1), (result.Rows, result.Inserted, result.Updated));
        var lena = await db.QueryAsync(ws, c => c.FollowerSnapshots
            .Join(c.Influencers, x => x.InfluencerId, i => i.Id, (x, i) => new { x.DateUtc, x.Followers, i.Handle })
            .Where(x => x.Handle == "lena.bakes").OrderBy(x => x.DateUtc).Select(x => x.Followers).ToListAsync(Ct));
        // February untouched, March replaced.
        Assert.Equal([24_000L, 25_500L], lena);
        Assert.Equal(3, await db.QueryAsync(ws, c => c.FollowerSnapshots.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_KnownCollaboration_UpdatesFeeAndCodes(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await ImportedRosterAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, SampleFiles.ToCsv(SampleFiles.Collaborations))).AssertSucceeded();
        var file = SampleFiles.ToCsv([SampleFiles.Collaborations[0].With("fee", "1750,25").With("promo_code", "LENA15")]);

        var result = (await db.ImportCsvAsync(ws, ImportKind.Collaborations, file)).AssertSucceeded();

        Assert.Equal((1, 0, 1), (result.Rows, result.Inserted, result.Updated));
        var stored = await StoredCollaborationsAsync(db, ws);
        // "1750,25" has a decimal comma: 175025 cents.
        Assert.Equal(new StoredCollaboration("Spring 2026", "lena.bakes", 175_025, 2_500, 0.10, "LENA15", "lena-spring", "https://shop.example/p?ref=lena"), stored[0]);
        Assert.Equal(2, stored.Count);
    }

    // --- Helpers ----------------------------------------------------------------------------------------------------

    private static Task<ImportResult> ImportAsync(TestDatabase db, WorkspaceInfo ws, ImportKind kind, string layout, IReadOnlyList<Record> records) =>
        db.ImportAsync(ws, kind, SampleFiles.FormatOf(layout), Encoding.UTF8.GetBytes(SampleFiles.Render(layout, records)));

    /// <summary>A workspace with the two sample influencers.</summary>
    private static async Task<WorkspaceInfo> ImportedRosterAsync(TestDatabase db, string name = "brand")
    {
        var ws = await db.CreateWorkspaceAsync(name);
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, SampleFiles.ToCsv(SampleFiles.Influencers))).AssertSucceeded();
        return ws;
    }

    private static Record WithoutColumn(Record record, string column)
    {
        var copy = new Record(record);
        copy.Remove(column);
        return copy;
    }

    private static Task<List<StoredPost>> StoredPostsAsync(TestDatabase db, WorkspaceInfo ws) =>
        db.QueryAsync(ws, c => c.Posts
            .Join(c.Influencers, p => p.InfluencerId, i => i.Id, (p, i) => new { p, i.Handle })
            .OrderBy(j => j.p.ExternalId)
            .Select(j => new StoredPost(j.p.ExternalId, j.Handle, j.p.PublishedAtUtc, j.p.Kind, j.p.Sponsored,
                c.Campaigns.Where(x => x.Id == j.p.CampaignId).Select(x => x.Name).FirstOrDefault(),
                j.p.Likes, j.p.Comments, j.p.Shares, j.p.Saves, j.p.Views, j.p.Reach, j.p.Impressions))
            .ToListAsync(Ct));

    private static Task<List<StoredCollaboration>> StoredCollaborationsAsync(TestDatabase db, WorkspaceInfo ws) =>
        db.QueryAsync(ws, c => c.Collaborations
            .Join(c.Influencers, x => x.InfluencerId, i => i.Id, (x, i) => new { x, i.Handle })
            .Join(c.Campaigns, j => j.x.CampaignId, k => k.Id, (j, k) => new { j.x, j.Handle, Campaign = k.Name })
            .OrderBy(j => j.Handle)
            .Select(j => new StoredCollaboration(j.Campaign, j.Handle, j.x.FeeMinor, j.x.ProductCostMinor, j.x.CommissionRate,
                j.x.PromoCode, j.x.LinkCode, j.x.DestinationUrl))
            .ToListAsync(Ct));

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ThousandPosts_RefreshesThePlannersStatistics(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("shop");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, "handle,platform,followers\nm1,instagram,30000")).AssertSucceeded();
        string Posts(int from, int count) => PostsHeader + "\n" + string.Join('\n', Enumerable.Range(from, count)
            .Select(i => $"p{i},m1,instagram,2026-03-02T10:00:00Z,,false,,10,1,0,0,,,"));

        // A small import leaves the statistics alone (ANALYZE is not worth it for a handful of rows) …
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts(0, Importer.StatisticsAfter - 1))).AssertSucceeded();
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.Equal(0, await StatisticsRowsAsync(db, ws, provider)); // PostgreSQL's autovacuum may get there on its own
        }
        // … a bulk load refreshes them: SQLite's sqlite_stat1 has the table's indexes, PostgreSQL's catalog its row count.
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts(Importer.StatisticsAfter, Importer.StatisticsAfter))).AssertSucceeded();
        var statistics = await StatisticsRowsAsync(db, ws, provider);
        if (provider == DatabaseProvider.Sqlite)
        {
            Assert.True(statistics > 0, "no statistics for the posts' indexes");
        }
        else
        {
            Assert.Equal(2 * Importer.StatisticsAfter - 1, statistics);
        }
    }

    /// <summary>SQLite: the posts' indexes in sqlite_stat1. PostgreSQL: the posts' row count as ANALYZE left it (−1 before any).</summary>
    private static Task<long> StatisticsRowsAsync(TestDatabase db, WorkspaceInfo ws, DatabaseProvider provider) => db.QueryAsync(ws, async c =>
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return await c.Database.SqlQueryRaw<long>("SELECT CAST(reltuples AS bigint) AS \"Value\" FROM pg_class WHERE relname = 'posts' AND relkind = 'r'").SingleAsync(Ct);
        }
        // SQLite creates sqlite_stat1 with the first ANALYZE.
        var analysed = await c.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'sqlite_stat1'").SingleAsync(Ct);
        return analysed == 0 ? 0 : await c.Database.SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM sqlite_stat1 WHERE tbl = 'posts'").SingleAsync(Ct);
    });

    private sealed record StoredInfluencer(string Handle, Platform Platform, string? DisplayName, string? Niche, long Followers, long? Following, string? Country);

    private sealed record StoredPost(string PostId, string Handle, DateTime PublishedAtUtc, string? Kind, bool Sponsored, string? Campaign,
        long Likes, long Comments, long Shares, long Saves, long? Views, long? Reach, long? Impressions);

    private sealed record StoredComment(string CommentId, string PostId, string? Author, string Text, DateTime? CreatedAtUtc, long Likes,
        bool IsCreatorReply, string? ParentId);

    private sealed record StoredSnapshot(string Handle, DateTime DateUtc, long Followers, long? Following);

    private sealed record StoredCollaboration(string Campaign, string Handle, long FeeMinor, long ProductCostMinor, double CommissionRate,
        string? PromoCode, string? LinkCode, string? DestinationUrl);
}
