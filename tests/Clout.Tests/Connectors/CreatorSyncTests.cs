using System.Net;
using Clout.Connectors;
using Clout.Core.Access;
using Clout.Core.Connectors;
using Clout.Core.Roster;
using Clout.Storage.Connections;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Clout.Tests.Connectors;

/// <summary>
/// Instagram and TikTok connections synced by the real app (its sync engine, importer and database) against local
/// servers that answer as the platforms' references document; the creator's authorisation through the real server.
/// </summary>
public sealed class CreatorSyncTests
{
    private static readonly DateTime Day1 = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The tests run each sync themselves, as `clout sync` would; the server's own schedule would race them.</summary>
    private const string NoSchedule = "--Clout:Connectors:Sync:Schedule=false";

    private sealed record Counts(int Influencers, int Posts, int Comments, int Snapshots, string Data);

    private static async Task<Counts> CountsAsync(CloutServer server, WorkspaceInfo workspace) =>
        await server.InScopeAsync(workspace, async s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            var posts = await db.Posts.AsNoTracking().OrderBy(p => p.ExternalId)
                .Select(p => $"{p.ExternalId}:{p.Likes}:{p.Comments}:{p.Views}:{p.Reach}:{p.Saves}:{p.Impressions}:{p.PublishedAtUtc:O}").ToListAsync(Ct);
            var comments = await db.Comments.AsNoTracking().OrderBy(c => c.ExternalId)
                .Select(c => $"{c.ExternalId}:{c.Author}:{c.IsCreatorReply}:{c.ParentExternalId}").ToListAsync(Ct);
            var snapshots = await db.FollowerSnapshots.AsNoTracking().OrderBy(f => f.DateUtc).Select(f => $"{f.DateUtc:yyyy-MM-dd}:{f.Followers}").ToListAsync(Ct);
            return new Counts(await db.Influencers.CountAsync(Ct), posts.Count, comments.Count, snapshots.Count,
                string.Join("|", posts) + "#" + string.Join("|", comments) + "#" + string.Join("|", snapshots));
        });

    private static Task<IReadOnlyList<SyncOutcome>> SyncAsync(CloutServer server, WorkspaceInfo workspace) =>
        server.InScopeAsync(workspace, s => s.GetRequiredService<ConnectionSync>().RunAllAsync(dueOnly: false, Ct));

    private static Task<long> ConnectAsync(CloutServer server, WorkspaceInfo workspace, Platform platform, string account, ConnectionCredentials credentials) =>
        server.InScopeAsync(workspace, s => s.GetRequiredService<ConnectionStore>().SaveAsync(platform, account, null,
            s.GetRequiredService<ConnectionSecrets>().ProtectCredentials(credentials), Ct));

    private static FakeIgAccount Lena(int posts)
    {
        var account = new FakeIgAccount("17841400000000001", "lena.bakes") { Name = "Lena Bakes", Followers = 48_200, Follows = 310 };
        for (var i = 0; i < posts; i++)
        {
            account.Publish(new FakeIgMedia($"179000000000{i:D5}", $"Post {i}", Day1.AddDays(-posts + i), 100 + i, Reach: 1_000 + i, Saved: 10 + i, Views: 2_000 + i));
        }
        return account;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InstagramBusinessDiscovery_FirstSyncThenNextDay_AddsOneSnapshotAndOnlyNewPosts(DatabaseProvider provider)
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        var lena = Lena(30);
        fake.Accounts["lena.bakes"] = lena;
        var clock = new FakeTimeProvider(new DateTimeOffset(Day1));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await CloutServer.StartAsync(database.ConnectionString, Ct, clock, [.. fake.Settings, NoSchedule]);
        var workspace = await server.CreateWorkspaceAsync("brand", Ct);
        await ConnectAsync(server, workspace, Platform.Instagram, "lena.bakes",
            new ConnectionCredentials(null, FakeInstagram.BrandToken, BusinessAccountId: FakeInstagram.BrandBusinessId));

        var first = await SyncAsync(server, workspace);
        var afterFirst = await CountsAsync(server, workspace);
        clock.Advance(TimeSpan.FromDays(1));
        lena.Followers = 48_900;
        lena.Publish(new FakeIgMedia("17900000000099999", "Tomorrow's post", Day1.AddDays(1).AddHours(-1), 7));
        var second = await SyncAsync(server, workspace);
        var afterSecond = await CountsAsync(server, workspace);

        Assert.All(first.Concat(second), o => Assert.Null(o.Error));
        Assert.Equal((1, 30, 0, 1), (afterFirst.Influencers, afterFirst.Posts, afterFirst.Comments, afterFirst.Snapshots));
        Assert.Equal((1, 31, 0, 2), (afterSecond.Influencers, afterSecond.Posts, afterSecond.Comments, afterSecond.Snapshots));
        Assert.EndsWith("2026-12-07:48200|2026-12-08:48900", afterSecond.Data, StringComparison.Ordinal);
        // Business discovery has no comments: none asked for.
        Assert.DoesNotContain(fake.Requests, r => r.PathAndQuery.Contains("/comments", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InstagramRateLimitThenServerErrorThenSuccess_EndsWithExactlyACleanRunsData(DatabaseProvider provider)
    {
        var clean = await RunInstagramAsync(provider, failures: []);
        var interrupted = await RunInstagramAsync(provider, failures: [FakeInstagram.RateLimited("media.after("), FakeInstagram.ServerError("media.after(")]);

        Assert.Equal(clean.Data, interrupted.Data);
        Assert.Equal(60, interrupted.Posts);
    }

    private static async Task<Counts> RunInstagramAsync(DatabaseProvider provider, FakeFailure[] failures)
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        fake.Accounts["lena.bakes"] = Lena(60);
        var clock = new FakeTimeProvider(new DateTimeOffset(Day1));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await CloutServer.StartAsync(database.ConnectionString, Ct, clock, [.. fake.Settings, NoSchedule]);
        var workspace = await server.CreateWorkspaceAsync("brand", Ct);
        await ConnectAsync(server, workspace, Platform.Instagram, "lena.bakes",
            new ConnectionCredentials(null, FakeInstagram.BrandToken, BusinessAccountId: FakeInstagram.BrandBusinessId));
        foreach (var failure in failures)
        {
            fake.FailNext(failure);
        }
        for (var run = 0; run < failures.Length; run++)
        {
            var outcome = Assert.Single(await SyncAsync(server, workspace));
            Assert.True(outcome.State == ConnectionState.BackingOff, string.Join("\n", fake.Requests.Select(r => r.PathAndQuery)));
            clock.Advance(TimeSpan.FromMinutes(10));
        }
        Assert.Null(Assert.Single(await SyncAsync(server, workspace)).Error);
        return await CountsAsync(server, workspace);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InstagramCreator_AuthorisesThroughTheLink_ThenSyncReadsInsightsAndComments_AndAnExpiredTokenAsksForANewAuthorisation(DatabaseProvider provider)
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        var lena = Lena(3);
        var question = new FakeIgComment("18000000000000001", "fan.one", "Where is the recipe?", Day1.AddHours(-3));
        question.Replies.Add(new FakeIgComment("18000000000000002", "lena.bakes", "Link in bio!", Day1.AddHours(-2)));
        lena.Media[0].Comments.Add(question);
        fake.NextAuthoriser = lena;
        var clock = new FakeTimeProvider(new DateTimeOffset(Day1));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await CloutServer.StartAsync(database.ConnectionString, Ct, clock, [.. fake.Settings, NoSchedule]);
        var workspace = await server.CreateWorkspaceAsync("brand", Ct);
        var secret = await server.InScopeAsync(workspace, s => s.GetRequiredService<InvitationStore>().CreateAsync(Platform.Instagram, "lena.bakes", TimeSpan.FromDays(14), Ct));
        using var browser = server.CreateClient();

        using var open = await browser.GetAsync(AuthorisationEndpoints.LinkPath(Platform.Instagram, secret), Ct);
        using var window = await browser.GetAsync(open.Headers.Location, Ct);
        using var callback = await browser.GetAsync(window.Headers.Location, Ct);
        var thanks = await callback.Content.ReadAsStringAsync(Ct);
        using var again = await browser.GetAsync(window.Headers.Location, Ct);
        var outcome = Assert.Single(await SyncAsync(server, workspace));
        var synced = await CountsAsync(server, workspace);
        var stored = await server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Connections.AsNoTracking().SingleAsync(Ct));
        foreach (var token in fake.CreatorsByToken.Keys)
        {
            fake.CreatorsByToken.TryRemove(token, out _);
            fake.ExpiredTokens[token] = true;
        }
        clock.Advance(TimeSpan.FromDays(1));
        var expired = Assert.Single(await SyncAsync(server, workspace));

        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        var asked = QueryHelpers.ParseQuery(open.Headers.Location!.Query);
        Assert.Equal((secret, new Uri(server.Address, "connect/instagram/callback").ToString()), (asked["state"].ToString(), asked["redirect_uri"].ToString()));
        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("is connected", thanks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode); // the invitation works once
        Assert.Null(outcome.Error);
        Assert.Equal((1, 3, 2, 1), (synced.Influencers, synced.Posts, synced.Comments, synced.Snapshots));
        Assert.Contains(":1002:12:2002:", synced.Data, StringComparison.Ordinal); // reach, saves, impressions from views
        Assert.Contains("18000000000000002:lena.bakes:True:18000000000000001", synced.Data, StringComparison.Ordinal);
        Assert.Equal("17841400000000001", stored.ExternalAccountId);
        Assert.DoesNotContain(fake.CreatorsByToken.Keys.Concat(fake.ExpiredTokens.Keys).First(), stored.CredentialsProtected, StringComparison.Ordinal);
        Assert.Equal(ConnectionState.NeedsAuthorisation, expired.State);
        Assert.Contains("Session has expired", expired.Error, StringComparison.Ordinal);

        // What the marketer sees on the Connections page.
        await server.CreateUserAsync(workspace, "viewer@example.com", "viewer-pass-123", Role.Viewer, Ct);
        using var dashboard = server.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await DashboardLogin.SignInAsync(dashboard, "viewer@example.com", "viewer-pass-123")).StatusCode);
        using var page = await dashboard.GetAsync("/connections", Ct);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Needs authorisation", html, StringComparison.Ordinal);
        Assert.Contains("access token expired", html, StringComparison.Ordinal);
        Assert.Contains("ask the creator to authorise again", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TikTokCreator_AuthorisesThroughTheLink_ThenFirstAndNextDaySyncs_AndRateLimitThenServerErrorEndClean(DatabaseProvider provider)
    {
        await using var fake = await FakeTikTok.StartAsync(Ct);
        var mo = new FakeTtAccount("-000OKRmI2bpQf3GIqkCeBQ6UuiK4S", "mo.moves") { DisplayName = "Mo Moves", Followers = 91_000, Following = 120 };
        for (var i = 0; i < 45; i++)
        {
            mo.Publish(new FakeTtVideo($"73800801376828{i:D5}", Day1.AddHours(-45 + i), $"Dance {i}", $"Dance {i} #ad", 10_000 + i, 500 + i, 20 + i, 5 + i));
        }
        fake.NextAuthoriser = mo;
        var clock = new FakeTimeProvider(new DateTimeOffset(Day1));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await CloutServer.StartAsync(database.ConnectionString, Ct, clock, [.. fake.Settings, NoSchedule]);
        var workspace = await server.CreateWorkspaceAsync("brand", Ct);
        var secret = await server.InScopeAsync(workspace, s => s.GetRequiredService<InvitationStore>().CreateAsync(Platform.TikTok, "mo.moves", TimeSpan.FromDays(14), Ct));
        using var browser = server.CreateClient();
        using var open = await browser.GetAsync(AuthorisationEndpoints.LinkPath(Platform.TikTok, secret), Ct);
        using var window = await browser.GetAsync(open.Headers.Location, Ct);
        using var callback = await browser.GetAsync(window.Headers.Location, Ct);
        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);

        fake.FailNext(FakeTikTok.RateLimited("video/list"));
        fake.FailNext(FakeTikTok.ServerError("video/list"));
        var quota = Assert.Single(await SyncAsync(server, workspace));
        clock.Advance(TimeSpan.FromMinutes(10));
        var server5xx = Assert.Single(await SyncAsync(server, workspace));
        clock.Advance(TimeSpan.FromMinutes(10));
        var first = Assert.Single(await SyncAsync(server, workspace));
        var afterFirst = await CountsAsync(server, workspace);
        var credentialsBefore = await StoredCredentialsAsync(server, workspace);
        clock.Advance(TimeSpan.FromDays(1));
        // The access token of the authorisation lived 24 hours: the platform no longer takes it, so the day-2 sync
        // works only if the connection renewed it with its refresh token first.
        foreach (var token in fake.CreatorsByToken.Keys.ToList())
        {
            fake.CreatorsByToken.TryRemove(token, out _);
        }
        mo.Followers = 92_500;
        mo.Publish(new FakeTtVideo("7380080137682899999", Day1.AddDays(1).AddHours(-1), "New", "New #ad", 1, 1, 0, 0));
        var second = Assert.Single(await SyncAsync(server, workspace));
        Assert.NotEqual(credentialsBefore, await StoredCredentialsAsync(server, workspace));
        Assert.Single(fake.CreatorsByToken);
        var afterSecond = await CountsAsync(server, workspace);

        Assert.Equal((ConnectionState.BackingOff, ConnectionState.BackingOff), (quota.State, server5xx.State));
        Assert.Null(first.Error);
        Assert.Null(second.Error);
        Assert.Equal((1, 45, 0, 1), (afterFirst.Influencers, afterFirst.Posts, afterFirst.Comments, afterFirst.Snapshots));
        Assert.Equal((1, 46, 0, 2), (afterSecond.Influencers, afterSecond.Posts, afterSecond.Comments, afterSecond.Snapshots));
        Assert.Contains("7380080137682800044:544:64:10044:", afterFirst.Data, StringComparison.Ordinal);
        Assert.EndsWith("2026-12-07:91000|2026-12-08:92500", afterSecond.Data, StringComparison.Ordinal);
    }

    private static Task<string> StoredCredentialsAsync(CloutServer server, WorkspaceInfo workspace) =>
        server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Connections.Select(c => c.CredentialsProtected).SingleAsync(Ct));
}
