using System.Net;
using System.Text.Json;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Reports;

public sealed class TierReportEndpointTests
{
    private const double Tolerance = 1e-12;

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTiers_SmallRoster_MatchesHandComputation(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/tiers", Ct);

        var report = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("acme", report.GetProperty("workspace").GetString());
        var tiers = report.GetProperty("tiers").EnumerateArray().ToList();
        // "tiny" has no posts and nano is therefore absent; macro has nobody.
        Assert.Equal(["micro", "celebrity"], tiers.Select(t => t.GetProperty("tier").GetString()));

        var micro = tiers[0];
        Assert.Equal(3, micro.GetProperty("influencers").GetInt32());
        Assert.Equal(6, micro.GetProperty("posts").GetInt32());
        var microEr = micro.GetProperty("metrics").GetProperty("engagement_rate");
        Assert.Equal(SmallRoster.MicroEngagementRate, microEr.GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal(3, microEr.GetProperty("n").GetInt32());
        AssertInterval(microEr, SmallRoster.MicroLowest, SmallRoster.MicroHighest);
        Assert.Equal(SmallRoster.MicroDepthRatio, micro.GetProperty("metrics").GetProperty("depth_ratio").GetProperty("value").GetDouble(), Tolerance);

        var celebrity = tiers[1];
        Assert.Equal(3, celebrity.GetProperty("influencers").GetInt32());
        Assert.Equal(3, celebrity.GetProperty("posts").GetInt32());
        var celebrityEr = celebrity.GetProperty("metrics").GetProperty("engagement_rate");
        Assert.Equal(SmallRoster.CelebrityEngagementRate, celebrityEr.GetProperty("value").GetDouble(), Tolerance);
        AssertInterval(celebrityEr, SmallRoster.CelebrityLowest, SmallRoster.CelebrityHighest);

        // A metric without data is absent, never 0: no reach, no views, no comments were imported.
        foreach (var tier in tiers)
        {
            var metrics = tier.GetProperty("metrics");
            Assert.False(metrics.TryGetProperty("engagement_rate_by_reach", out _));
            Assert.False(metrics.TryGetProperty("engagement_rate_by_views", out _));
            Assert.False(metrics.TryGetProperty("dialogue_rate", out _));
        }

        var contrast = report.GetProperty("contrasts").EnumerateArray()
            .Single(c => c.GetProperty("metric").GetString() == "engagement_rate" && c.GetProperty("a").GetString() == "micro" && c.GetProperty("b").GetString() == "celebrity");
        Assert.Equal(SmallRoster.MicroEngagementRate / SmallRoster.CelebrityEngagementRate, contrast.GetProperty("ratio").GetDouble(), 1e-9);
        Assert.InRange(contrast.GetProperty("p_a_better").GetDouble(), 0.5, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(contrast.GetProperty("verdict").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTiers_HalfOpenPeriod_CountsOnlyPostsInside(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);

        // [2026-03-01, 2026-03-04): m1, n1, o1 in; s1 published at 2026-03-04T10:00 falls out, as does every later post.
        using var response = await client.GetAsync("/api/v1/reports/tiers?from=2026-03-01&to=2026-03-04", Ct);

        var report = await response.JsonAsync(HttpStatusCode.OK);
        Assert.StartsWith("2026-03-01T00:00:00", report.GetProperty("from").GetString());
        Assert.StartsWith("2026-03-04T00:00:00", report.GetProperty("to").GetString());
        var tier = Assert.Single(report.GetProperty("tiers").EnumerateArray());
        Assert.Equal("micro", tier.GetProperty("tier").GetString());
        Assert.Equal(3, tier.GetProperty("posts").GetInt32());
        // 0.025, 0.030, 0.020 → median 0.025
        Assert.Equal(0.025, tier.GetProperty("metrics").GetProperty("engagement_rate").GetProperty("value").GetDouble(), Tolerance);
    }

    [Fact]
    public async Task GetTiers_Campaign_CountsOnlyItsPosts()
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/tiers?campaign=Spring", Ct);

        var report = await response.JsonAsync(HttpStatusCode.OK);
        var posts = report.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("tier").GetString()!, t => t.GetProperty("posts").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["micro"] = 2, ["celebrity"] = 1 }, posts);
    }

    [Theory]
    [InlineData("from=2026-03-05&to=2026-03-05")]
    [InlineData("from=2026-03-06&to=2026-03-05")]
    public async Task GetTiers_EmptyPeriod_IsBadRequestNamingIt(string query)
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync($"/api/v1/reports/tiers?{query}", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'from' must be before 'to'", problem.Detail());
    }

    [Theory]
    [InlineData("repeat_window=0", "not 0")]
    [InlineData("repeat_window=3651", "not 3651")]
    public async Task GetTiers_RepeatWindowOutOfRange_IsBadRequestNamingIt(string query, string detail)
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync($"/api/v1/reports/tiers?{query}", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("the repeat window must be 1 to 3650 days", problem.Detail());
        Assert.Contains(detail, problem.Detail());
    }

    [Fact]
    public async Task GetTiers_UnparsableDate_IsBadRequest()
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/tiers?from=yesterday", Ct);

        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    private static void AssertInterval(JsonElement estimate, double lowest, double highest)
    {
        var value = estimate.GetProperty("value").GetDouble();
        var low = estimate.GetProperty("low").GetDouble();
        var high = estimate.GetProperty("high").GetDouble();
        // A bootstrap median of these units can only land between the smallest and largest unit.
        Assert.InRange(low, lowest, value);
        Assert.InRange(high, value, highest);
        Assert.True(low < high, $"a real interval, got [{low}, {high}]");
    }

    private static async Task<HttpClient> SeededClientAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(server, workspace, Ct);
        return server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
    }
}
