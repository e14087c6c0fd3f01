using Clout.Core.Reports;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Reads;

/// <summary>Comments are scored on import, counted per post and influencer in SQL, and reach the tier report.</summary>
public sealed class CommentRollupQueryTests
{
    private const double Tolerance = 1e-12;

    private const string Influencers = """
        handle,platform,followers
        m1,instagram,30000
        c1,instagram,2000000
        """;

    private const string Posts = """
        post_id,influencer_handle,platform,published_at,campaign,likes,comments,shares,saves
        m1-a,m1,instagram,2026-01-06T00:00:00Z,Launch,1000,5,0,0
        m1-b,m1,instagram,2026-01-08T00:00:00Z,,1000,2,0,0
        c1-a,c1,instagram,2026-01-07T00:00:00Z,Launch,50000,5,0,0
        """;

    // m1: 6 audience comments, 1 of them spam; of the 5 others 3 positive, 2 negative (one is the skeptical one),
    //     1 skeptical, 2 intent.
    //     Plus a creator reply, which is not counted.
    // c1: 5 audience comments: 3 skeptical (2 of them negative), 1 spam, 1 neutral.
    private const string Comments = """
        comment_id,post_id,author,text,created_at,likes,is_creator_reply,parent_id
        1,m1-a,ann,I love this so much,2026-01-06T01:00:00Z,1,false,
        2,m1-a,bob,where can I buy this? it looks amazing,2026-01-06T02:00:00Z,0,false,
        3,m1-a,cid,this is terrible,2026-01-06T03:00:00Z,0,false,
        4,m1-a,m1,thank you so much!,2026-01-06T04:00:00Z,0,true,3
        5,m1-a,bot,follow me for free followers,2026-01-06T05:00:00Z,0,false,
        6,m1-b,dee,"#ad, how much did they pay you",2026-01-08T01:00:00Z,0,false,
        7,m1-b,eve,just ordered mine! so happy,2026-01-08T02:00:00Z,0,false,
        10,c1-a,fay,sellout. this is a fake review and it is awful,2026-01-07T01:00:00Z,0,false,
        11,c1-a,gus,another ad... hate this,2026-01-07T02:00:00Z,0,false,
        12,c1-a,hal,is this sponsored,2026-01-07T03:00:00Z,0,false,
        13,c1-a,ivy,check out my page for free followers,2026-01-07T04:00:00Z,0,false,
        14,c1-a,jon,what song is this,2026-01-07T05:00:00Z,0,false,
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_Comments_StoresTheirScores(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var stored = await db.QueryAsync(ws, c => c.Comments.OrderBy(x => x.ExternalId)
            .Select(x => new { x.ExternalId, x.SentimentCompound, x.SkepticalScore, x.IntentScore, x.SpamScore }).ToListAsync(Ct));

        Assert.All(stored, c => Assert.NotNull(c.SentimentCompound));
        Assert.True(stored.Single(c => c.ExternalId == "1").SentimentCompound > 0.5);
        Assert.True(stored.Single(c => c.ExternalId == "2").IntentScore >= 0.5);
        Assert.True(stored.Single(c => c.ExternalId == "6").SkepticalScore >= 0.5);
        Assert.True(stored.Single(c => c.ExternalId == "5").SpamScore >= 0.5);
        Assert.True(stored.Single(c => c.ExternalId == "14").SpamScore < 0.5);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ByInfluencerAsync_CountsAudienceCommentsWithSpamApart(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        var tallies = await db.QueryAsync(ws, c => new CommentRollupQuery(c).ByInfluencerAsync(new ReportFilter(), Ct));
        var ids = await db.QueryAsync(ws, c => c.Influencers.ToDictionaryAsync(i => i.Handle, i => i.Id, Ct));

        var m1 = tallies[ids["m1"]];
        Assert.Equal((6L, 1L), (m1.Comments, m1.Spam)); // the creator's reply is not an audience comment
        Assert.Equal((3L, 2L, 1L, 2L), (m1.Positive, m1.Negative, m1.Skeptical, m1.Intent));
        var c1 = tallies[ids["c1"]];
        Assert.Equal((5L, 1L, 3L), (c1.Comments, c1.Spam, c1.Skeptical));
        Assert.Equal(2L, c1.Negative);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ByPostAsync_CountsEachPost(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);
        var ids = await db.QueryAsync(ws, c => c.Influencers.ToDictionaryAsync(i => i.Handle, i => i.Id, Ct));
        var posts = await db.QueryAsync(ws, c => c.Posts.ToDictionaryAsync(p => p.ExternalId, p => p.Id, Ct));

        var tallies = await db.QueryAsync(ws, c => new CommentRollupQuery(c).ByPostAsync(ids["m1"], new ReportFilter(), Ct));

        Assert.Equal(2, tallies.Count);
        Assert.Equal((4L, 1L), (tallies[posts["m1-a"]].Comments, tallies[posts["m1-a"]].Spam));
        Assert.Equal((2L, 1L, 1L), (tallies[posts["m1-b"]].Comments, tallies[posts["m1-b"]].Skeptical, tallies[posts["m1-b"]].Intent));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task BuildAsync_TierReport_CarriesCommentShares(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);

        TierReport report;
        await using (var scope = db.CreateScope(ws))
        {
            report = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), Ct);
        }

        var micro = report.Tiers.Single(t => t.Tier == Core.Roster.Tier.Micro).Metrics;
        Assert.Equal(3 / 5d, micro[Metrics.PositiveShare.Name].Value, Tolerance);
        Assert.Equal(1 / 5d, micro[Metrics.SkepticalShare.Name].Value, Tolerance);
        Assert.Equal(2 / 5d, micro[Metrics.IntentShare.Name].Value, Tolerance);
        Assert.Equal(1 / 6d, micro[Metrics.SpamShare.Name].Value, Tolerance);
        var celebrity = report.Tiers.Single(t => t.Tier == Core.Roster.Tier.Celebrity).Metrics;
        Assert.Equal(3 / 4d, celebrity[Metrics.SkepticalShare.Name].Value, Tolerance);
        Assert.Equal(2 / 4d, celebrity[Metrics.NegativeShare.Name].Value, Tolerance);
    }

    private static async Task<WorkspaceInfo> SeedAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("comments");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Comments, Comments)).AssertSucceeded();
        return ws;
    }
}
