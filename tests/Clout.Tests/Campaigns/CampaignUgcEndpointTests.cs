using System.Net;
using System.Net.Http.Json;
using System.Text;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Campaigns;

/// <summary>User-generated content through the real pipeline: a campaign's hashtag set over the API, UGC imported over the API, counted per campaign and per tier.</summary>
public sealed class CampaignUgcEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    // Made-up posts by made-up accounts: MILA10 is mila's code (micro), star-spring star1's link (celebrity), #LaunchDay the Launch campaign's hashtag.
    private const string Ugc = """
        post_id,author,platform,published_at,text,url,likes,comments,shares
        u1,fan_one,instagram,2026-03-05T10:00:00Z,thanks mila10!,https://www.instagram.com/p/u1/,100,10,5
        u2,fan_two,instagram,2026-03-06T10:00:00Z,https://go.example/r/star-spring,,200,20,0
        u3,fan_three,tiktok,2026-03-07T10:00:00Z,#launchday,,30,3,0
        u4,fan_four,instagram,2026-03-08T10:00:00Z,MILA10X is no code #LaunchDay,,40,4,0
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Ugc_ImportedOverTheApi_CountsPerCampaignAndPerTier(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        await app.Server.ImportCsvAsync(workspace, ImportKind.Collaborations, CampaignEndpointTests.Collaborations, Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        using var created = await client.PostAsJsonAsync("/api/v1/campaigns", new { name = "Launch", hashtag = "#LaunchDay" }, Ct);
        Assert.Equal("#LaunchDay", (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("hashtag").GetString());

        using var imported = await client.PostAsync("/api/v1/imports/ugc", new StringContent(Ugc, Encoding.UTF8, "text/csv"), Ct);
        Assert.Equal(4, (await imported.JsonAsync(HttpStatusCode.OK)).GetProperty("inserted").GetInt32());

        var spring = (await (await client.GetAsync("/api/v1/campaigns/Spring", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("ugc");
        var launch = (await (await client.GetAsync("/api/v1/campaigns/Launch", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("ugc");
        var report = await (await client.GetAsync("/api/v1/reports/tiers", Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((2, 335.0, 167.5), (spring.GetProperty("posts").GetInt32(), spring.GetProperty("engagement").GetDouble(), spring.GetProperty("engagement_per_post").GetDouble()));
        var top = spring.GetProperty("top").EnumerateArray().ToList();
        Assert.Equal(["u2", "u1"], top.Select(p => p.GetProperty("post_id").GetString()));
        Assert.Equal(("fan_one", "https://www.instagram.com/p/u1/", "mila", "promo_code"),
            (top[1].GetProperty("author").GetString(), top[1].GetProperty("url").GetString(), top[1].GetProperty("influencer").GetString(), top[1].GetProperty("matched_by").GetString()));
        Assert.Equal(("link", "star1"), (top[0].GetProperty("matched_by").GetString(), top[0].GetProperty("influencer").GetString()));
        Assert.Equal((2, 77.0), (launch.GetProperty("posts").GetInt32(), launch.GetProperty("engagement").GetDouble()));
        var tiers = report.GetProperty("ugc").GetProperty("tiers").EnumerateArray()
            .Select(t => (t.GetProperty("tier").GetString(), t.GetProperty("posts").GetInt32(), t.GetProperty("engagement").GetDouble())).ToList();
        Assert.Equal([("micro", 1, 115.0), ("celebrity", 1, 220.0), ("campaign-wide", 2, 77.0)], tiers);
    }

    [Theory]
    [InlineData("#launch day")]
    [InlineData("#")]
    [InlineData("#a-b")]
    public async Task Create_BadHashtag_IsAProblemNamingTheFieldAndStoresNothing(string hashtag)
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        var problem = await (await client.PostAsJsonAsync("/api/v1/campaigns", new { name = "Launch", hashtag }, Ct)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("hashtag:", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.CountAsync(Ct)));
    }

    [Fact]
    public async Task Create_HashtagOfAnotherCampaign_Is409()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        using var first = await client.PostAsJsonAsync("/api/v1/campaigns", new { name = "Launch", hashtag = "LaunchDay" }, Ct);

        var problem = await (await client.PostAsJsonAsync("/api/v1/campaigns", new { name = "Other", hashtag = "#launchday" }, Ct)).ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("hashtag: #launchday is already the hashtag of campaign 'Launch'", problem.Detail());
    }
}
