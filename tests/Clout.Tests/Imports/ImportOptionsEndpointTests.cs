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

/// <summary>Other people's files through the API: a column map, a preset named or detected, and the parameters' errors.</summary>
public sealed class ImportOptionsEndpointTests
{
    private const string Roster = "handle,platform,followers\nmila,instagram,20000\nbreadwithlena,youtube,120000";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportOrders_ShopifyExport_IsDetectedAndStoresOneOrderPerOrder(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (workspace, client) = await RosterAsync(app.Server);

        using var response = await client.PostAsync("/api/v1/imports/orders", File("shopify-orders.csv", "text/csv"), Ct);

        var result = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal((5, 5), (result.GetProperty("rows").GetInt32(), result.GetProperty("inserted").GetInt32()));
        var orders = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Orders
            .OrderBy(o => o.ExternalId).Select(o => o.ExternalId + " " + o.TotalMinor + " " + o.Currency).ToListAsync(Ct));
        Assert.Equal(["5550001001 8970 EUR", "5550001002 4500 USD", "5550001003 1250 EUR", "5550001005 3000 EUR", "5550001007 12000 GBP"], orders);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportPosts_YouTubeStudioZipWithInfluencer_StoresTheVideos(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (workspace, client) = await RosterAsync(app.Server);

        using var response = await client.PostAsync("/api/v1/imports/posts?preset=youtube-studio&influencer=breadwithlena",
            File("youtube-studio-export.zip", "application/zip"), Ct);

        Assert.Equal(3, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("inserted").GetInt32());
        var posts = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Posts
            .OrderBy(p => p.ExternalId).Select(p => p.ExternalId + " " + p.Likes + " " + p.Views).ToListAsync(Ct));
        Assert.Equal(["Zz9yX8wV7uT 4 210", "aB3_x-9ZqLk 300 8000", "kT3mB0sdgh1 1200 40000"], posts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ImportPosts_WithAMap_ReadsTheirColumns()
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, client) = await RosterAsync(app.Server);
        var csv = "Post ID,Creator,Network,Publish time,Likes,Comments,Watch time\np1,mila,instagram,2026-03-01T10:00:00Z,400,100,1.5\n";
        var map = Uri.EscapeDataString("Post ID=post_id,Creator=influencer_handle,Network=platform,Publish time=published_at,Watch time=-");

        using var response = await client.PostAsync($"/api/v1/imports/posts?map={map}", Text(csv), Ct);

        Assert.Equal(1, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("inserted").GetInt32());
        Assert.Equal(1, await PostCountAsync(app.Server, workspace));
    }

    [Theory]
    [InlineData("posts", "map=Likes", "map", "'Likes' is not their_column=clout_column")]
    [InlineData("posts", "map=a%3Dlikes%2Cb%3Dlikes", "map", "two columns are mapped to 'likes'")]
    [InlineData("posts", "preset=shopify-orders", "preset", "use youtube-studio")]
    [InlineData("orders", "preset=nope", "preset", "use shopify-orders")]
    [InlineData("posts", "preset=youtube-studio&map=a%3Dlikes", "preset", "not both")]
    [InlineData("posts", "year=24", "year", "'24' is not a year")]
    [InlineData("posts", "influencer=%20", "influencer", "handle")]
    public async Task Import_BadParameter_IsBadRequestNamingItAndStoresNothing(string kind, string query, string parameter, string message)
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, client) = await RosterAsync(app.Server);

        using var response = await client.PostAsync($"/api/v1/imports/{kind}?{query}", File("youtube-studio-table-data.csv", "text/csv"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").GetProperty(parameter);
        Assert.Contains(message, errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await PostCountAsync(app.Server, workspace));
    }

    private static ByteArrayContent File(string name, string contentType)
    {
        var content = new ByteArrayContent(System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", name)));
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static StringContent Text(string csv)
    {
        var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static Task<int> PostCountAsync(CloutServer server, WorkspaceInfo workspace) =>
        server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Posts.CountAsync(Ct));

    private static async Task<(WorkspaceInfo Workspace, HttpClient Client)> RosterAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, Roster, Ct);
        return (workspace, server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct)));
    }
}
