using Clout.Core.Engagement;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Reads;

/// <summary>One scope reads each filter's posts and comments once, and takes comments handed over unless their read failed.</summary>
public sealed class ReadCacheTests
{
    private const string Influencers = """
        handle,platform,followers
        m1,instagram,30000
        """;

    private const string Posts = """
        post_id,influencer_handle,platform,published_at,campaign,likes,comments,shares,saves
        m1-a,m1,instagram,2026-01-06T00:00:00Z,Launch,1000,2,0,0
        m1-b,m1,instagram,2026-01-08T00:00:00Z,,1000,0,0,0
        """;

    private const string Comments = """
        comment_id,post_id,author,text,created_at,likes,is_creator_reply,parent_id
        1,m1-a,ann,I love this so much,2026-01-06T01:00:00Z,1,false,
        2,m1-a,m1,thank you!,2026-01-06T02:00:00Z,0,true,1
        """;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PostsAsync_FiltersOfOneScope_AreReadOnce(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);
        await using var scope = db.CreateScope(ws);
        var reads = scope.ServiceProvider.GetRequiredService<ReadCache>();

        var all = await reads.PostsAsync(new ReportFilter(), Ct);
        var again = await reads.PostsAsync(new ReportFilter { RepeatWindowDays = 30 }, Ct);
        var launch = await reads.PostsAsync(new ReportFilter("Launch"), Ct);

        Assert.Equal(2, all.Count);
        Assert.Same(all, again);
        Assert.Equal(1_002, Assert.Single(launch).Metrics.Interactions);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CommentsAsync_HandedOver_AreTakenAsTheyCame(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);
        await using var scope = db.CreateScope(ws);
        var reads = scope.ServiceProvider.GetRequiredService<ReadCache>();
        var handedOver = new ReportComments(Array.Empty<CommentRef>().ToLookup(_ => 0L), Array.Empty<string>().ToLookup(_ => 0L));

        reads.Expect(new ReportFilter(), Task.FromResult(handedOver));

        Assert.Same(handedOver, await reads.CommentsAsync(new ReportFilter(), Ct));
        Assert.Same(handedOver.AuthorsByPost, await reads.CommentAuthorsAsync(Ct));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CommentsAsync_HandOverFailed_AreReadOnThisConnection(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var ws = await SeedAsync(db);
        await using var scope = db.CreateScope(ws);
        var reads = scope.ServiceProvider.GetRequiredService<ReadCache>();

        reads.Expect(new ReportFilter(), Task.FromException<ReportComments>(new InvalidOperationException("the other connection failed")));
        var comments = await reads.CommentsAsync(new ReportFilter(), Ct);

        Assert.Equal(2, comments.ByInfluencer.Single().Count()); // the audience comment and the creator's reply
        Assert.Equal(["ann"], comments.AuthorsByPost.Single()); // creator replies are no comment pod
    }

    private static async Task<WorkspaceInfo> SeedAsync(TestDatabase db)
    {
        var ws = await db.CreateWorkspaceAsync("reads");
        (await db.ImportCsvAsync(ws, ImportKind.Influencers, Influencers)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Posts, Posts)).AssertSucceeded();
        (await db.ImportCsvAsync(ws, ImportKind.Comments, Comments)).AssertSucceeded();
        return ws;
    }
}
