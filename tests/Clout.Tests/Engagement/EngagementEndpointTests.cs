using System.Net;
using System.Text.Json;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Engagement;

public sealed class EngagementEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_NewestFirst_WithCountsAndRatesAtPostTime(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        // mila had 10,000 followers on 1 March and 30,000 on 15 March (14 days); m2 went out 7 days 10 hours in.
        await app.Server.ImportCsvAsync(workspace, ImportKind.Followers, """
            influencer_handle,platform,date,followers
            mila,instagram,2026-03-01,10000
            mila,instagram,2026-03-15,30000
            """, Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        var page = await (await client.GetAsync("/api/v1/posts?limit=3", Ct)).JsonAsync(HttpStatusCode.OK);
        var mila = await (await client.GetAsync($"/api/v1/posts?influencer={Id(page, "m2")}", Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(9, page.GetProperty("total").GetInt32());
        Assert.Equal(["o2", "n2", "m2"], page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("post_id").GetString()));
        var m2 = page.GetProperty("items")[2];
        Assert.Equal("mila", m2.GetProperty("influencer_handle").GetString());
        Assert.Equal("Spring", m2.GetProperty("campaign").GetString());
        Assert.Equal(700, m2.GetProperty("likes").GetInt64());
        Assert.Equal(JsonValueKind.Null, m2.GetProperty("reach").ValueKind);
        const double FollowersAtM2 = 10_000 + (20_000 * (7 + (10.0 / 24)) / 14); // 20,595.2
        Assert.Equal(FollowersAtM2, m2.GetProperty("followers_at_post").GetDouble(), 6);
        Assert.Equal(800 / FollowersAtM2, m2.GetProperty("engagement_rate").GetDouble(), 9);
        Assert.Equal(100.0 / 700, m2.GetProperty("depth_ratio").GetDouble(), 9);
        Assert.EndsWith("Z", m2.GetProperty("published_at").GetString(), StringComparison.Ordinal);
        Assert.Equal(["m2", "m1"], mila.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("post_id").GetString()));
    }

    [Fact]
    public async Task List_CampaignAndPeriod_FilterLikeTheReport()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        var spring = await (await client.GetAsync("/api/v1/posts?campaign=Spring", Ct)).JsonAsync(HttpStatusCode.OK);
        // [from, to): a post exactly at 'from' is in, one exactly at 'to' is out.
        var period = await (await client.GetAsync("/api/v1/posts?from=2026-03-02T10:00:00Z&to=2026-03-04T10:00:00Z", Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["o2", "m2", "s1"], spring.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("post_id").GetString()));
        Assert.Equal(["o1", "n1"], period.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("post_id").GetString()));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("offset=-1", "offset")]
    [InlineData("from=2026-03-05&to=2026-03-01", "before")]
    public async Task List_BadQuery_IsAProblemNamingIt(string query, string named)
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        var problem = await (await client.GetAsync($"/api/v1/posts?{query}", Ct)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains(named, problem.Detail(), StringComparison.Ordinal);
    }

    private static long Id(JsonElement page, string postId) =>
        page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("post_id").GetString() == postId).GetProperty("influencer_id").GetInt64();
}
