using System.Net;
using System.Text;
using Clout.Core.Access;

namespace Clout.Tests.Dashboard;

public sealed class AudienceQualityPageTests
{
    private const string Email = "ana@acme.test";
    private const string Password = "correct horse battery";
    private const string Bot = """{"followers":3,"following":7400,"media_count":0,"username":"user84736251","has_profile_pic":false}""";
    private const string Fan = """{"followers":850,"following":410,"media_count":320,"username":"anna.mueller","has_profile_pic":true}""";

    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task InfluencerPage_AfterAnAudit_ShowsScoreIntervalAndReasons()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        await app.Server.CreateUserAsync(workspace, Email, Password, Role.Analyst, Ct);
        using var api = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        using var sample = new StringContent("[" + string.Join(",", Enumerable.Repeat(Bot, 30).Concat(Enumerable.Repeat(Fan, 70))) + "]", Encoding.UTF8, "application/json");
        using var created = await api.PostAsync("/api/v1/audits?influencer=mila", sample, Ct);
        var score = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("quality_score").GetInt32();
        var mila = created.Headers.Location!.OriginalString.Split('/')[^1];
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, Email, Password)).Dispose();

        using var page = await client.GetAsync($"/influencers/{mila}", Ct);
        using var roster = await client.GetAsync("/influencers", Ct);

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("id=\"audience-quality\"", html);
        Assert.Contains($"<span class=\"kpi quality\">{score}</span>", html);
        Assert.Contains("30 % of 100 sampled followers look fake", html);
        Assert.Contains("data-code=\"follower_jump\"", html);
        Assert.Contains("sample of 100", html);
        Assert.Contains("A sample of", html); // 100 profiles do not yet give ±5 points
        var list = await roster.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<th class=\"num\">Quality</th>", list);
        Assert.Contains($"<td class=\"num quality\">{score}</td>", list);
    }
}
