using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Imports;

public sealed class ImportEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    private const string Header = "post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPosts_OneBadRow_IsUnprocessableListingLineAndFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (workspace, client) = await InfluencersOnlyAsync(app.Server);
        var csv = string.Join("\n",
            Header,
            "p1,mila,instagram,2026-03-01T10:00:00Z,photo,false,,400,100,0,0,,,",
            "p2,mila,instagram,2026-03-02T10:00:00Z,photo,false,,lots,100,0,0,,,",
            "p3,noor,instagram,2026-03-03T10:00:00Z,photo,false,,400,100,0,0,,,");

        using var response = await client.PostAsync("/api/v1/imports/posts", Csv(csv), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("nothing was stored", problem.Detail());
        Assert.Equal(1, problem.GetProperty("error_count").GetInt32());
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt64()); // header = line 1
        Assert.Equal("likes", error.GetProperty("field").GetString());
        Assert.Contains("lots", error.GetProperty("message").GetString());
        Assert.Equal(0, await PostCountAsync(app.Server, workspace));
    }

    [Fact]
    public async Task ImportPosts_ValidFile_IsStoredAndReported()
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, client) = await InfluencersOnlyAsync(app.Server);
        var csv = string.Join("\n",
            Header,
            "p1,mila,instagram,2026-03-01T10:00:00Z,photo,false,,400,100,0,0,,,",
            "p2,noor,instagram,2026-03-02T10:00:00Z,photo,false,,1000,200,0,0,,,");

        using var first = await client.PostAsync("/api/v1/imports/posts", Csv(csv), Ct);
        using var again = await client.PostAsync("/api/v1/imports/posts", Csv(csv), Ct);

        var result = await first.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("posts", result.GetProperty("kind").GetString());
        Assert.Equal(2, result.GetProperty("rows").GetInt32());
        Assert.Equal(2, result.GetProperty("inserted").GetInt32());
        var repeated = await again.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, repeated.GetProperty("inserted").GetInt32());
        Assert.Equal(2, repeated.GetProperty("updated").GetInt32());
        Assert.Equal(2, await PostCountAsync(app.Server, workspace));
    }

    [Fact]
    public async Task ImportPosts_JsonBody_IsReadAsJson()
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, client) = await InfluencersOnlyAsync(app.Server);
        const string Json = """[{"post_id":"j1","influencer_handle":"mila","platform":"instagram","published_at":"2026-03-01T10:00:00Z","likes":10,"comments":2}]""";
        using var content = new StringContent(Json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/imports/posts", content, Ct);

        Assert.Equal(1, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("inserted").GetInt32());
        Assert.Equal(1, await PostCountAsync(app.Server, workspace));
    }

    [Fact]
    public async Task Import_UnknownKind_IsNotFoundNamingTheKinds()
    {
        await using var app = await WebTest.StartAsync();
        var (_, client) = await InfluencersOnlyAsync(app.Server);

        using var response = await client.PostAsync("/api/v1/imports/tweets", Csv("a,b\n1,2"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("'tweets' is not an import kind", problem.Detail());
        Assert.Contains("posts", problem.Detail());
    }

    [Fact]
    public async Task ImportPosts_MissingColumn_IsUnprocessableNamingIt()
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, client) = await InfluencersOnlyAsync(app.Server);

        using var response = await client.PostAsync("/api/v1/imports/posts", Csv("post_id,influencer_handle,platform\np1,mila,instagram"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("likes", fields);
        Assert.Equal(0, await PostCountAsync(app.Server, workspace));
    }

    private static StringContent Csv(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static Task<int> PostCountAsync(CloutServer server, WorkspaceInfo workspace) =>
        server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Posts.CountAsync(Ct));

    private static async Task<(WorkspaceInfo Workspace, HttpClient Client)> InfluencersOnlyAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, SmallRoster.InfluencersCsv, Ct);
        return (workspace, server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct)));
    }
}
