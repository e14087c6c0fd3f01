using System.Net;
using System.Net.Http.Headers;
using Clout.Core.Access;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Access;

public sealed class ApiKeyAuthenticationTests
{
    private static CancellationToken Ct => WebTest.Ct;

    private const string InfluencersA = """
        handle,platform,display_name,niche,followers,following,country
        alpha.one,instagram,Alpha One,food,25000,100,de
        alpha.two,tiktok,Alpha Two,food,60000,100,de
        """;

    private const string InfluencersB = """
        handle,platform,display_name,niche,followers,following,country
        bravo.one,instagram,Bravo One,tech,30000,100,fr
        """;

    private const string PostsB = """
        post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions
        b1,bravo.one,instagram,2026-03-01T10:00:00Z,photo,false,,900,30,5,5,,,
        """;

    [Fact]
    public async Task Api_WithoutKey_IsUnauthorizedProblem()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/api/v1/influencers", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("keys create", problem.Detail());
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("clout_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Api_WithUnknownKey_IsUnauthorized(string key)
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.CreateApiKeyAsync(workspace, Ct);
        using var client = app.Server.CreateClient(key);

        using var response = await client.GetAsync("/api/v1/reports/tiers", Ct);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Api_WithRealKeyAltered_IsUnauthorized()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        var key = await app.Server.CreateApiKeyAsync(workspace, Ct);
        // Same prefix, so the lookup finds the key; the secret differs in its last character.
        var altered = key[..^1] + (key[^1] == 'A' ? 'B' : 'A');
        using var good = app.Server.CreateClient(key);
        using var bad = app.Server.CreateClient(altered);

        using var accepted = await good.GetAsync("/api/v1/influencers", Ct);
        using var refused = await bad.GetAsync("/api/v1/influencers", Ct);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await refused.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetInfluencer_KeyOfWorkspaceAForIdOfWorkspaceB_IsNotFound(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (keyA, keyB) = await TwoWorkspacesAsync(app.Server);
        using var clientA = app.Server.CreateClient(keyA);
        using var clientB = app.Server.CreateClient(keyB);
        var idB = (await (await clientB.GetAsync("/api/v1/influencers", Ct)).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("id").GetInt64();
        using (var own = await clientB.GetAsync($"/api/v1/influencers/{idB}", Ct))
        {
            // The id is real: B sees it, with its post.
            var detail = await own.JsonAsync(HttpStatusCode.OK);
            Assert.Equal("bravo.one", detail.GetProperty("influencer").GetProperty("handle").GetString());
            Assert.Equal(1, detail.GetProperty("posts").GetArrayLength());
        }

        using var response = await clientA.GetAsync($"/api/v1/influencers/{idB}", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains(idB.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Detail());
        var body = problem.GetRawText();
        Assert.DoesNotContain("bravo", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ListInfluencers_KeyOfWorkspaceA_ListsNoneOfWorkspaceB(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (keyA, _) = await TwoWorkspacesAsync(app.Server);
        using var clientA = app.Server.CreateClient(keyA);

        using var response = await clientA.GetAsync("/api/v1/influencers?limit=500", Ct);

        var list = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, list.GetProperty("total").GetInt32());
        var handles = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("handle").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["alpha.one", "alpha.two"], handles);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReport_KeyOfWorkspaceA_CountsNothingOfWorkspaceB(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (keyA, keyB) = await TwoWorkspacesAsync(app.Server);
        using var clientA = app.Server.CreateClient(keyA);
        using var clientB = app.Server.CreateClient(keyB);

        var reportA = await (await clientA.GetAsync("/api/v1/reports/tiers", Ct)).JsonAsync(HttpStatusCode.OK);
        var reportB = await (await clientB.GetAsync("/api/v1/reports/tiers", Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("alpha", reportA.GetProperty("workspace").GetString());
        Assert.Equal(0, reportA.GetProperty("tiers").GetArrayLength()); // A has influencers but no posts
        Assert.Equal("bravo", reportB.GetProperty("workspace").GetString());
        Assert.Equal(1, reportB.GetProperty("tiers")[0].GetProperty("posts").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPosts_KeyOfWorkspaceANamingInfluencerOfB_IsRejected(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (keyA, _) = await TwoWorkspacesAsync(app.Server);
        using var clientA = app.Server.CreateClient(keyA);
        using var content = new StringContent(PostsB.Replace("b1,", "a1,", StringComparison.Ordinal));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var response = await clientA.PostAsync("/api/v1/imports/posts", content, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("influencer_handle", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Api_DashboardCookieOfViewer_IsNoApiCredential()
    {
        // Roles exist for dashboard users; the API accepts API keys only, so a signed-in viewer cannot import.
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.ImportCsvAsync(workspace, ImportKind.Influencers, InfluencersA, Ct);
        await app.Server.CreateUserAsync(workspace, "viewer@acme.test", "viewer-password", Role.Viewer, Ct);
        using var client = app.Server.CreateClient();
        using (var signIn = await DashboardLogin.SignInAsync(client, "viewer@acme.test", "viewer-password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using var content = new StringContent(PostsB.Replace("bravo.one", "alpha.one", StringComparison.Ordinal));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        using var import = await client.PostAsync("/api/v1/imports/posts", content, Ct);
        using var overview = await client.GetAsync("/", Ct);

        await import.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode); // the cookie itself works
        var stored = await app.Server.InScopeAsync(workspace, s => Task.FromResult(
            s.GetRequiredService<CloutDbContext>().Posts.Count()));
        Assert.Equal(0, stored);
    }

    /// <summary>Workspace "alpha" with two influencers and no posts, "bravo" with one influencer and one post.</summary>
    private static async Task<(string KeyA, string KeyB)> TwoWorkspacesAsync(CloutServer server)
    {
        var a = await server.CreateWorkspaceAsync("alpha", Ct);
        var b = await server.CreateWorkspaceAsync("bravo", Ct);
        await server.ImportCsvAsync(a, ImportKind.Influencers, InfluencersA, Ct);
        await server.ImportCsvAsync(b, ImportKind.Influencers, InfluencersB, Ct);
        await server.ImportCsvAsync(b, ImportKind.Posts, PostsB, Ct);
        return (await server.CreateApiKeyAsync(a, Ct), await server.CreateApiKeyAsync(b, Ct));
    }
}
