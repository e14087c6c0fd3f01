using System.Net;
using System.Text;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Authenticity;

public sealed class AuthenticityEndpointTests
{
    private const string Bot = """{"followers":3,"following":7400,"media_count":0,"username":"user84736251","has_profile_pic":false}""";
    private const string Fan = """{"followers":850,"following":410,"media_count":320,"username":"anna.mueller","has_profile_pic":true}""";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Post_SampleForAnInfluencer_IsStoredAndShownWithItsReasons(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        using var client = await SeededClientAsync(app.Server);

        using var created = await client.PostAsync("/api/v1/audits?influencer=mila&platform=instagram", Sample(30, 70), Ct);

        var audit = await created.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("mila", audit.GetProperty("influencer").GetString());
        Assert.Equal(0.30, audit.GetProperty("fake_share").GetDouble(), 1e-9);
        Assert.Equal(100, audit.GetProperty("sample_size").GetInt32());
        var reasons = audit.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("fake_share", reasons);
        Assert.Contains("follower_jump", reasons); // the stored account's anomaly checks are part of the score

        using var read = await client.GetAsync(created.Headers.Location, Ct);
        var quality = await read.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0.30, quality.GetProperty("fake_share").GetDouble(), 1e-9);
        Assert.Equal(100, quality.GetProperty("sample_size").GetInt32());
        Assert.Equal(20_000 * 0.7, quality.GetProperty("quality_adjusted_reach").GetDouble(), 1e-6);
        Assert.Equal(audit.GetProperty("quality_score").GetInt32(), quality.GetProperty("quality_score").GetInt32());
    }

    [Fact]
    public async Task TierReport_AfterAudits_HasFakeShareAndQualityAdjustedReach()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);
        (await client.PostAsync("/api/v1/audits?influencer=mila", Sample(30, 70), Ct)).Dispose();
        (await client.PostAsync("/api/v1/audits?influencer=star1", Sample(50, 50), Ct)).Dispose();

        using var response = await client.GetAsync("/api/v1/reports/tiers", Ct);

        var tiers = (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("tiers").EnumerateArray()
            .ToDictionary(t => t.GetProperty("tier").GetString()!, t => t.GetProperty("metrics"));
        Assert.Equal(20_000 * 0.7, tiers["micro"].GetProperty("quality_adjusted_reach").GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(1, tiers["micro"].GetProperty("fake_share").GetProperty("n").GetInt32());
        Assert.Equal(0.5, tiers["celebrity"].GetProperty("fake_share").GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal(1_000_000, tiers["celebrity"].GetProperty("quality_adjusted_reach").GetProperty("value").GetDouble(), 1e-6);
        // Every influencer with posts has a score, audited or not.
        Assert.Equal(3, tiers["micro"].GetProperty("quality_score").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Post_WithoutInfluencer_AnswersWithoutStoring()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.PostAsync("/api/v1/audits?rows=true", Sample(1, 3), Ct);

        var audit = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0.25, audit.GetProperty("fake_share").GetDouble(), 1e-9);
        Assert.Equal(4, audit.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Post_NegativeCount_IsAValidationProblemNamingTheRecordAndField()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);
        using var body = new StringContent($"[{Fan},{{\"followers\":-1,\"following\":2,\"media_count\":3}}]", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/audits?influencer=mila", body, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("field 'followers': -1 is negative", problem.GetProperty("errors").GetProperty("followers")[0].GetString());
        using var after = await client.GetAsync("/api/v1/influencers?tier=micro", Ct);
        var id = (await after.JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("handle").GetString() == "mila").GetProperty("id").GetInt64();
        using var read = await client.GetAsync($"/api/v1/audits/{id}", Ct);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await read.JsonAsync(HttpStatusCode.OK)).GetProperty("fake_share").ValueKind);
    }

    [Fact]
    public async Task Post_MoreThanTenThousandProfiles_IsRefusedNamingTheBound()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.PostAsync("/api/v1/audits", Sample(0, 10_001), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("more than 10,000 profiles", problem.GetProperty("errors").GetProperty("sample")[0].GetString());
    }

    [Fact]
    public async Task Post_EmptySample_SaysSo()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);
        using var body = new StringContent("[]", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/audits", body, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("no profiles", problem.GetProperty("errors").GetProperty("sample")[0].GetString());
    }

    [Fact]
    public async Task Post_UnknownInfluencer_IsNotFound()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.PostAsync("/api/v1/audits?influencer=nobody", Sample(1, 1), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("@nobody", problem.Detail());
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_IsTooLarge()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);
        using var body = new StringContent("[" + new string(' ', 5 * 1024 * 1024) + "]", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/audits", body, Ct);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    private static StringContent Sample(int bots, int fans) =>
        new("[" + string.Join(",", Enumerable.Repeat(Bot, bots).Concat(Enumerable.Repeat(Fan, fans))) + "]", Encoding.UTF8, "application/json");

    private static async Task<HttpClient> SeededClientAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(server, workspace, Ct);
        return server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
    }
}
