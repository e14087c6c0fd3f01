using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion;

/// <summary>
/// User-generated content: posts by accounts off the roster, credited to a campaign by the campaign they name, a promo
/// code, a tracking link or the campaign's hashtag, stored once per platform and post id, and counted per tier.
/// </summary>
public sealed class UgcImportTests
{
    private const string Roster = """
        handle,platform,followers
        lena.bakes,instagram,25000
        max_runs,tiktok,2500000
        """;

    private const string Collaborations = """
        campaign,influencer_handle,platform,promo_code,link_code
        Spring 2026,lena.bakes,instagram,LENA10,lena-spring
        Spring 2026,max_runs,tiktok,MAX10,max-spring
        """;

    // Made-up posts by made-up accounts; quoted captions with commas, a line break and an emoji, as exports have them.
    private const string Ugc = """
        post_id,author,platform,published_at,text,url,likes,comments,shares,views,campaign
        u1,@fan_one,instagram,2026-03-05T10:00:00Z,"Loving my run, code lena10 saved me 10 %!",https://www.instagram.com/p/u1/,100,10,5,,
        u2,fan_two,instagram,2026-03-06T12:00:00+02:00,"Got mine via https://go.example/r/max-spring
        #SpringRun 🏃",,200,20,0,5000,
        u3,fan_three,tiktok,2026-03-07T08:00:00Z,#springrun vibes,,30,3,0,,
        u4,fan_four,instagram,2026-03-08T08:00:00Z,"SAVE with LENA10X, #AutumnTrail",,40,4,0,,
        u5,fan_five,youtube,2026-03-09T08:00:00Z,,https://www.youtube.com/watch?v=u5,50,5,1,900,Autumn
        u6,fan_six,instagram,2026-03-10T08:00:00Z,MAX10!!,,60,6,0,,Spring 2026
        """;

    private static DateTime Utc(int month, int day, int hour) => new(2026, month, day, hour, 0, 0, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_Ugc_CreditsByCampaignCodeLinkAndHashtag(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);

        var result = (await db.ImportCsvAsync(ws, ImportKind.Ugc, Ugc)).AssertSucceeded();

        Assert.Equal((6, 6, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(
        [
            // "lena10" in any case is Lena's promo code: the post counts for her, and so for the micro tier.
            new StoredUgc("u1", Platform.Instagram, "fan_one", Utc(3, 5, 10), "https://www.instagram.com/p/u1/", 100, 10, 5, null, "Spring 2026", "lena.bakes", UgcMatchedBy.PromoCode),
            // The short link comes before the hashtag: Max's link credits Max.
            new StoredUgc("u2", Platform.Instagram, "fan_two", Utc(3, 6, 10), null, 200, 20, 0, 5_000, "Spring 2026", "max_runs", UgcMatchedBy.Link),
            // The hashtag alone, in another case: the campaign's, no influencer's.
            new StoredUgc("u3", Platform.TikTok, "fan_three", Utc(3, 7, 8), null, 30, 3, 0, null, "Spring 2026", null, UgcMatchedBy.Hashtag),
            // LENA10X is another word: only the hashtag credits it, to Autumn.
            new StoredUgc("u4", Platform.Instagram, "fan_four", Utc(3, 8, 8), null, 40, 4, 0, null, "Autumn", null, UgcMatchedBy.Hashtag),
            // No text, the campaign named.
            new StoredUgc("u5", Platform.YouTube, "fan_five", Utc(3, 9, 8), "https://www.youtube.com/watch?v=u5", 50, 5, 1, 900, "Autumn", null, UgcMatchedBy.Campaign),
            // The campaign named, and Max's code of that campaign in the text: Max's.
            new StoredUgc("u6", Platform.Instagram, "fan_six", Utc(3, 10, 8), null, 60, 6, 0, null, "Spring 2026", "max_runs", UgcMatchedBy.Campaign),
        ], await StoredAsync(db, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_UgcAgain_UpdatesCountsAndNeverStoresTwice(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Ugc, Ugc)).AssertSucceeded();

        var later = """
            post_id,author,platform,published_at,text,likes,comments,shares
            u1,fan_one,instagram,2026-03-05T10:00:00Z,"Loving my run, code lena10 saved me 10 %!",150,12,7
            u1,fan_one,tiktok,2026-03-05T10:00:00Z,#SpringRun on tiktok too,1,0,0
            """;
        var result = (await db.ImportCsvAsync(ws, ImportKind.Ugc, later)).AssertSucceeded();

        // The same post id on another platform is another post.
        Assert.Equal((2, 1, 1), (result.Rows, result.Inserted, result.Updated));
        var stored = await StoredAsync(db, ws);
        Assert.Equal(7, stored.Count);
        Assert.Equal(new StoredUgc("u1", Platform.Instagram, "fan_one", Utc(3, 5, 10), null, 150, 12, 7, null, "Spring 2026", "lena.bakes", UgcMatchedBy.PromoCode),
            stored.Single(s => s.PostId == "u1" && s.Platform == Platform.Instagram));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_UgcBadRows_NameLineAndFieldAndStoreNothing(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        var csv = """
            post_id,author,platform,published_at,text,url,likes,campaign
            b1,fan_one,instagram,2026-03-05T10:00:00Z,#SpringRun,,1,
            b2,fan_two,instagram,2026-03-05T10:00:00Z,use SAVE10X and LENA10X,,1,
            b3,lena.bakes,instagram,2026-03-05T10:00:00Z,#SpringRun,,1,
            b4,fan_four,instagram,2026-03-05T10:00:00Z,,,1,Winter
            b5,fan_five,instagram,2026-03-05T10:00:00Z,,,1,
            b6,fan_six,instagram,2026-03-05T10:00:00Z,#SpringRun,javascript:alert(1),1,
            b7,fan_seven,instagram,2026-03-05T10:00:00Z,#SpringRun,,-3,
            """;

        var result = await db.ImportCsvAsync(ws, ImportKind.Ugc, csv);

        Assert.Equal(
        [
            (3L, "text"), (4L, "author"), (5L, "campaign"), (6L, "text"), (7L, "url"), (8L, "likes"),
        ], result.Errors.Select(e => (e.Line, e.Field)).ToList());
        Assert.Contains("carries no campaign's hashtag, promo code or tracking link", result.Errors[0].Message);
        Assert.Contains("@lena.bakes is on the roster", result.Errors[1].Message);
        Assert.Contains("no campaign 'Winter'", result.Errors[2].Message);
        Assert.Contains("is required unless the campaign column names the campaign", result.Errors[3].Message);
        Assert.Empty(await StoredAsync(db, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_PostsWithAuthor_RosterAuthorIsAPostOthersAreUgc(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        var csv = """
            post_id,author,platform,published_at,likes,comments,shares,text
            p1,Lena.Bakes,instagram,2026-03-05T10:00:00Z,900,40,10,
            p2,fan_one,instagram,2026-03-06T10:00:00Z,100,10,5,code LENA10 works
            """;

        var result = (await db.ImportCsvAsync(ws, ImportKind.Posts, csv)).AssertSucceeded();

        Assert.Equal((2, 2, 0), (result.Rows, result.Inserted, result.Updated));
        var posts = await db.QueryAsync(ws, c => c.Posts.Join(c.Influencers, p => p.InfluencerId, i => i.Id, (p, i) => new { p.ExternalId, i.Handle, p.Likes }).ToListAsync(Ct));
        Assert.Equal([new { ExternalId = "p1", Handle = "lena.bakes", Likes = 900L }], posts);
        Assert.Equal([new StoredUgc("p2", Platform.Instagram, "fan_one", Utc(3, 6, 10), null, 100, 10, 5, null, "Spring 2026", "lena.bakes", UgcMatchedBy.PromoCode)],
            await StoredAsync(db, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_PostsWithoutHandleOrAuthor_FailsNamingTheField(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        var csv = "post_id,platform,published_at,likes,comments\np1,instagram,2026-03-05T10:00:00Z,1,1\n";

        var error = (await db.ImportCsvAsync(ws, ImportKind.Posts, csv)).SingleError();

        Assert.Equal((2L, "influencer_handle"), (error.Line, error.Field));
        Assert.Equal(0, await db.QueryAsync(ws, c => c.Posts.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportUgcAsync_TypedRows_AreCreditedLikeAFile(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        UgcRow[] rows =
        [
            new("t1", "fan_one", Platform.Instagram, Utc(3, 5, 10), "see go.example/r/lena-spring", "https://www.instagram.com/p/t1/", 5, 1, 0, null, null),
            new("t2", "fan_two", Platform.Instagram, Utc(3, 5, 10), "nothing here", null, 5, 1, 0, null, null),
        ];

        var failed = await db.WithAsync<Importer, ImportResult>(ws, i => i.ImportUgcAsync(rows, Ct));
        var stored = await db.WithAsync<Importer, ImportResult>(ws, i => i.ImportUgcAsync(rows[..1], Ct));

        Assert.Equal((2L, "text"), (failed.SingleError().Line, failed.SingleError().Field));
        Assert.Equal(1, stored.AssertSucceeded().Inserted);
        Assert.Equal([new StoredUgc("t1", Platform.Instagram, "fan_one", Utc(3, 5, 10), "https://www.instagram.com/p/t1/", 5, 1, 0, null, "Spring 2026", "lena.bakes", UgcMatchedBy.Link)],
            await StoredAsync(db, ws));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReport_Ugc_CountsEachTierAndCampaignWideExactly(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SetUpAsync(db);
        (await db.ImportCsvAsync(ws, ImportKind.Ugc, Ugc)).AssertSucceeded();

        var all = await db.WithAsync<TierReportQuery, Core.Reports.TierReport>(ws, q => q.BuildAsync(new ReportFilter(), Ct));
        var spring = await db.WithAsync<TierReportQuery, Core.Reports.TierReport>(ws, q => q.BuildAsync(new ReportFilter("Spring 2026"), Ct));
        var early = await db.WithAsync<TierReportQuery, Core.Reports.TierReport>(ws, q => q.BuildAsync(new ReportFilter(null, null, Utc(3, 7, 8)), Ct));

        // Lena (25,000 followers) is micro: u1 = 100 + 10 + 5. Max (2.5 M) is celebrity: u2 = 220, u6 = 66.
        // Campaign-wide: u3 = 33, u4 = 44, u5 = 56.
        Assert.Equal(
        [
            new Core.Reports.UgcTierLine(Tier.Micro, 1, 115),
            new Core.Reports.UgcTierLine(Tier.Celebrity, 2, 286),
            new Core.Reports.UgcTierLine(null, 3, 133),
        ], all.Ugc!.Tiers);
        Assert.Equal((6, 534.0, 89.0), (all.Ugc.Posts, all.Ugc.Engagement, all.Ugc.EngagementPerPost));
        Assert.Equal([1, 2, 1], spring.Ugc!.Tiers.Select(t => t.Posts));
        // The period is half-open by publication time: u3, published at the end, is out.
        Assert.Equal(2, early.Ugc!.Posts);

        var campaign = await db.QueryAsync(ws, c => c.Campaigns.SingleAsync(k => k.Name == "Spring 2026", Ct));
        var page = await db.WithAsync<UgcQuery, CampaignUgc>(ws, q => q.CampaignAsync(campaign.Id, Ct));
        Assert.Equal((4, 434.0), (page.Posts, page.Engagement));
        Assert.Equal(["u2", "u1", "u6", "u3"], page.Top.Select(p => p.PostId));
        Assert.Equal(("fan_two", "max_runs"), (page.Top[0].Author, page.Top[0].InfluencerHandle));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CreateAsync_Hashtag_IsNormalizedValidatedAndUniqueInAnyCase(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await db.CreateWorkspaceAsync("brand");
        var created = await db.WithAsync<CampaignStore, CampaignSummary>(ws, s => s.CreateAsync(Draft("A", "SpringRun"), Ct));

        var taken = await Assert.ThrowsAsync<StorageValidationException>(() => db.WithAsync<CampaignStore, CampaignSummary>(ws, s => s.CreateAsync(Draft("B", "springrun"), Ct)));
        Assert.Equal(("hashtag", "a hashtag needs at least one letter or digit after '#'"), Draft("C", "#").Problem());
        Assert.Equal("hashtag", Draft("C", "#spring run").Problem()?.Field);

        Assert.Equal("SpringRun", created.Hashtag);
        Assert.Equal("hashtag: #springrun is already the hashtag of campaign 'A'", taken.Message);
    }

    private static CampaignDraft Draft(string name, string hashtag) =>
        new(name, CampaignGoal.Blend, null, null, null, CampaignHashtag.Normalize(hashtag) ?? "");

    /// <summary>A roster of a micro and a celebrity influencer, "Spring 2026" (#SpringRun) with their codes and links, and "Autumn" (#AutumnTrail).</summary>
    private static async Task<WorkspaceInfo> SetUpAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("brand");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Roster)).AssertSucceeded();
        await db.WithAsync<CampaignStore>(ws, s => s.CreateAsync(Draft("Spring 2026", "#SpringRun"), Ct));
        await db.WithAsync<CampaignStore>(ws, s => s.CreateAsync(Draft("Autumn", "AutumnTrail"), Ct));
        (await db.ImportCsvAsync(ws, ImportKind.Collaborations, Collaborations)).AssertSucceeded();
        return ws;
    }

    private static Task<List<StoredUgc>> StoredAsync(TestDatabase db, WorkspaceInfo ws) => db.QueryAsync(ws, c => c.UgcPosts
        .OrderBy(p => p.ExternalId).ThenBy(p => p.Platform)
        .Select(p => new StoredUgc(p.ExternalId, p.Platform, p.Author, p.PublishedAtUtc, p.Url, p.Likes, p.Comments, p.Shares, p.Views,
            c.Campaigns.Where(k => k.Id == p.CampaignId).Select(k => k.Name).Single(),
            c.Influencers.Where(i => i.Id == p.InfluencerId).Select(i => i.Handle).FirstOrDefault(), p.MatchedBy))
        .ToListAsync(Ct));

    private sealed record StoredUgc(string PostId, Platform Platform, string Author, DateTime PublishedAtUtc, string? Url,
        long Likes, long Comments, long Shares, long? Views, string Campaign, string? Influencer, UgcMatchedBy MatchedBy);
}
