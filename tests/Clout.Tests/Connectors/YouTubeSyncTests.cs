using System.Net;
using Clout.Connectors;
using Clout.Core.Access;
using Clout.Core.Connectors;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Cli;
using Clout.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Clout.Tests.Connectors;

/// <summary>
/// `clout connect youtube`, `clout sync` and the sync engine against a local server answering as the YouTube Data
/// API v3 does, on SQLite and PostgreSQL: what the first run stores, what a run the next day adds, that failures
/// mid-run end with exactly the rows of a clean run, and that a refused key shows on the Connections page.
/// </summary>
public sealed class YouTubeSyncTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConnectThenSync_FirstRunThenNextDay_AddsOneSnapshotAndOnlyNewPostsAndComments(DatabaseProvider provider)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        var now = DateTime.UtcNow;
        youtube.Seed(now, videos: 5);
        await using var database = await TestDatabase.CreateAsync(provider);

        var connect = await Clout(database, youtube, "connect", "youtube", "--api-key", youtube.ValidKey, "--channel", "@LenaCooks");
        Assert.True(connect.ExitCode == 0, connect.ToString());
        var sync = await Clout(database, youtube, "sync");
        Assert.True(sync.ExitCode == 0, sync.ToString());

        var first = await RowsAsync(database);
        Assert.Equal(["lenacooks youtube 12400"], first.Influencers);
        Assert.Single(first.Snapshots);
        Assert.Equal(5, first.Posts.Count);
        Assert.Contains("vid003 likes=0 comments=5 views=3000", first.Posts);
        Assert.Equal(15, first.Comments.Count);
        Assert.Contains(first.Comments, c => c.StartsWith("th1a.r1 parent=th1a creator=True", StringComparison.Ordinal));
        Assert.All(first.Comments, c => Assert.DoesNotContain("sentiment= ", c, StringComparison.Ordinal)); // scored on arrival

        // The same day again: nothing new, the day's snapshot replaced, never added.
        Assert.Equal(0, (await Clout(database, youtube, "sync")).ExitCode);
        Assert.Equal(first, await RowsAsync(database));

        // The next day, on the server's clock: one more video with one comment, more subscribers.
        var clock = new FakeTimeProvider(new DateTimeOffset(now.AddDays(1)));
        youtube.Subscribers = 12_650;
        youtube.AddVideo(new FakeYouTube.Video("vid100", now.AddHours(20), "Tomorrow's recipe", 10, 1, 1,
            [new FakeYouTube.Thread("th100a", "UCfan3", "Fan Three", "Ordered the knife with your code!", now.AddHours(21), 0, [])]));
        await using (var server = await StartServerAsync(database, youtube, clock))
        {
            var outcomes = await SyncInServerAsync(server);
            Assert.True(outcomes.All(o => o.Succeeded), string.Join("; ", outcomes));
        }

        var second = await RowsAsync(database);
        Assert.Equal(["lenacooks youtube 12650"], second.Influencers);
        Assert.Equal(2, second.Snapshots.Count);
        Assert.Equal([.. first.Posts, "vid100 likes=1 comments=1 views=10"], second.Posts);
        Assert.Equal(first.Comments.Count + 1, second.Comments.Count);
        Assert.Contains(second.Comments, c => c.StartsWith("th100a ", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sync_QuotaThenServerErrorThenSuccess_EndsWithExactlyTheRowsOfACleanRun(DatabaseProvider provider)
    {
        // The server's syncs are a day and then an hour apart, and snapshots are kept per day: started in a day's last
        // hour, the last sync would fall on a day the clean run never saw.
        var now = DateTime.UtcNow;
        now = now.Hour >= 22 ? now.Date.AddHours(22) : now;
        await using var cleanApi = await FakeYouTube.StartAsync();
        cleanApi.Seed(now, videos: 5);
        await using var clean = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await Clout(clean, cleanApi, "connect", "youtube", "--api-key", cleanApi.ValidKey, "--channel", FakeYouTube.ChannelId)).ExitCode);
        Assert.Equal(0, (await Clout(clean, cleanApi, "sync")).ExitCode);

        await using var youtube = await FakeYouTube.StartAsync();
        youtube.Seed(now, videos: 5);
        await using var database = await TestDatabase.CreateAsync(provider);
        Assert.Equal(0, (await Clout(database, youtube, "connect", "youtube", "--api-key", youtube.ValidKey, "--channel", FakeYouTube.ChannelId)).ExitCode);
        var clock = new FakeTimeProvider(new DateTimeOffset(now));
        await using var server = await StartServerAsync(database, youtube, clock);

        // Request 1 was connect's check; 2 the channel, 3-4 the first page of posts, 5 the second page's playlist: quota spent.
        youtube.FailRequest(5, 403, "quotaExceeded", "youtube.quota");
        var quota = Assert.Single(await SyncInServerAsync(server));
        Assert.Equal(ConnectionState.BackingOff, quota.State);
        var stopped = await ConnectionAsync(server);
        Assert.Equal(SyncPhase.Posts, stopped.ResumePhase);
        Assert.Equal("tok2", stopped.ResumePageToken);
        Assert.True(stopped.NextAttemptUtc > now.AddHours(1), "a spent quota waits for midnight Pacific");
        Assert.Equal(2, (await RowsAsync(database)).Posts.Count);

        // The next run resumes at page 2, then the platform fails in the comments phase.
        clock.Advance(TimeSpan.FromDays(1));
        youtube.FailRequest(youtube.Requests + 7, 503, "backendError", "global");
        var serverError = Assert.Single(await SyncInServerAsync(server));
        Assert.Equal(ConnectionState.BackingOff, serverError.State);
        Assert.Equal(SyncPhase.Comments, (await ConnectionAsync(server)).ResumePhase);

        clock.Advance(TimeSpan.FromHours(1));
        var success = Assert.Single(await SyncInServerAsync(server));
        Assert.True(success.Succeeded, success.ToString());
        Assert.Equal(ConnectionState.Active, success.State);

        var expected = await RowsAsync(clean);
        var actual = await RowsAsync(database);
        Assert.Equal(expected.Influencers, actual.Influencers);
        Assert.Equal(expected.Posts, actual.Posts);
        Assert.Equal(expected.Comments, actual.Comments);
        Assert.Equal(2, actual.Snapshots.Count); // the quota's day and the next: one each
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sync_KeyRefused_ShowsOnTheConnectionsPage_KeyNeverInClear(DatabaseProvider provider)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        youtube.Seed(DateTime.UtcNow, videos: 1);
        await using var database = await TestDatabase.CreateAsync(provider);
        var key = youtube.ValidKey;
        Assert.Equal(0, (await Clout(database, youtube, "connect", "youtube", "--api-key", key, "--channel", "lenacooks")).ExitCode);
        youtube.ValidKey = "AIzaSy-rotated-key";

        var sync = await Clout(database, youtube, "sync");

        Assert.Equal(1, sync.ExitCode);
        Assert.Contains("needs authorisation", sync.ErrorText, StringComparison.Ordinal);
        Assert.DoesNotContain(key, sync.Output + sync.Errors, StringComparison.Ordinal);
        Assert.All(youtube.Seen, s => Assert.DoesNotContain("key=", s, StringComparison.Ordinal));
        await using var server = await StartServerAsync(database, youtube, TimeProvider.System);
        var workspace = (await server.InScopeAsync(null, s => s.GetRequiredService<WorkspaceStore>().ListAsync(Ct))).Single();
        await server.CreateUserAsync(workspace, "viewer@example.com", "viewer-pass-123", Role.Viewer, Ct);
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await DashboardLogin.SignInAsync(client, "viewer@example.com", "viewer-pass-123")).StatusCode);
        using var page = await client.GetAsync("/connections", Ct);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Needs authorisation", html, StringComparison.Ordinal);
        Assert.Contains("needs a new key", html, StringComparison.Ordinal);
        Assert.DoesNotContain(key, html, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Connections.IgnoreQueryFilters().Select(c => c.CredentialsProtected).SingleAsync(Ct);
        Assert.DoesNotContain(key, stored, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Connect_InvalidKey_ClearErrorAndNothingStored(DatabaseProvider provider)
    {
        await using var youtube = await FakeYouTube.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);

        var run = await Clout(database, youtube, "connect", "youtube", "--api-key", "AIzaSy-wrong", "--channel", "@lenacooks");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("YouTube refused the API key; nothing was stored", run.ErrorText, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        Assert.Equal(0, await db.Connections.IgnoreQueryFilters().CountAsync(Ct));
        Assert.Equal(0, await db.Workspaces.CountAsync(Ct));
    }

    private static Task<CliRun> Clout(TestDatabase database, FakeYouTube youtube, params string[] args) =>
        CloutProcess.RunAsync(database.ConnectionString, [.. args, $"--Clout:Connectors:YouTube:BaseUrl={youtube.BaseUrl}"]);

    private static Task<CloutServer> StartServerAsync(TestDatabase database, FakeYouTube youtube, TimeProvider clock) =>
        CloutServer.StartAsync(database.ConnectionString, Ct, clock,
            [$"--Clout:Connectors:YouTube:BaseUrl={youtube.BaseUrl}", "--Clout:Connectors:Sync:Schedule=false"]);

    /// <summary>What `clout sync` runs, in the server's container (its clock).</summary>
    private static async Task<IReadOnlyList<SyncOutcome>> SyncInServerAsync(CloutServer server)
    {
        var workspace = (await server.InScopeAsync(null, s => s.GetRequiredService<WorkspaceStore>().ListAsync(Ct))).Single();
        return await server.InScopeAsync(workspace, s => s.GetRequiredService<ConnectionSync>().RunAllAsync(dueOnly: false, Ct));
    }

    private static async Task<Connection> ConnectionAsync(CloutServer server) =>
        await server.InScopeAsync(null, s => s.GetRequiredService<CloutDbContext>().Connections.IgnoreQueryFilters().AsNoTracking().SingleAsync(Ct));

    private sealed record Rows(List<string> Influencers, List<string> Snapshots, List<string> Posts, List<string> Comments)
    {
        public bool Equals(Rows? other) => other is not null && Influencers.SequenceEqual(other.Influencers) && Snapshots.SequenceEqual(other.Snapshots)
            && Posts.SequenceEqual(other.Posts) && Comments.SequenceEqual(other.Comments);

        public override int GetHashCode() => Posts.Count;
    }

    private static async Task<Rows> RowsAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        var influencers = (await db.Influencers.IgnoreQueryFilters().ToListAsync(Ct)).Select(i => $"{i.Handle} {i.Platform.ToString().ToLowerInvariant()} {i.Followers}").ToList();
        var snapshots = (await db.FollowerSnapshots.IgnoreQueryFilters().OrderBy(s => s.DateUtc).ToListAsync(Ct)).Select(s => $"{s.DateUtc:yyyy-MM-dd} {s.Followers}").ToList();
        var posts = (await db.Posts.IgnoreQueryFilters().OrderBy(p => p.ExternalId).ToListAsync(Ct))
            .Select(p => $"{p.ExternalId} likes={p.Likes} comments={p.Comments} views={p.Views}").ToList();
        var comments = (await db.Comments.IgnoreQueryFilters().OrderBy(c => c.ExternalId).ToListAsync(Ct))
            .Select(c => $"{c.ExternalId} parent={c.ParentExternalId} creator={c.IsCreatorReply} author={c.Author} text={c.Text} sentiment={c.SentimentCompound} intent={c.IntentScore}").ToList();
        return new Rows(influencers, snapshots, posts, comments);
    }
}
