using System.Net;
using Clout.Testing;

namespace Clout.Tests.Roster;

public sealed class RosterEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task ListInfluencers_TierFilter_ListsThatTierBiggestFirst()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/influencers?tier=micro", Ct);

        var list = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, list.GetProperty("total").GetInt32());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["otto", "noor", "mila"], items.Select(i => i.GetProperty("handle").GetString()));
        Assert.All(items, i => Assert.Equal("micro", i.GetProperty("tier").GetString()));
    }

    [Fact]
    public async Task ListInfluencers_Json_IsSnakeCaseWithRatesAsFractions()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/influencers?tier=micro", Ct);

        var mila = (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("handle").GetString() == "mila");
        Assert.Equal("Mila", mila.GetProperty("display_name").GetString());
        Assert.Equal(20_000, mila.GetProperty("followers").GetInt64());
        Assert.Equal(2, mila.GetProperty("posts").GetInt32());
        Assert.Equal(0.0325, mila.GetProperty("engagement_rate").GetDouble(), 1e-12);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, mila.GetProperty("engagement_rate_by_reach").ValueKind);
    }

    [Theory]
    [InlineData("tier=giant", "'giant' is not a tier")]
    [InlineData("platform=myspace", "'myspace' is not a platform")]
    [InlineData("limit=0", "limit between 1 and 500")]
    [InlineData("limit=501", "limit between 1 and 500")]
    [InlineData("offset=-1", "offset must be")]
    [InlineData("from=2026-03-02&to=2026-03-01", "'from' must be before 'to'")]
    public async Task ListInfluencers_BadQuery_IsBadRequestNamingTheProblem(string query, string expected)
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync($"/api/v1/influencers?{query}", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(expected, problem.Detail());
    }

    [Fact]
    public async Task ListInfluencers_Page_ReturnsTheSliceAndTheTotal()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/influencers?offset=1&limit=2", Ct);

        var list = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(7, list.GetProperty("total").GetInt32());
        // Biggest first: star3 (5M), star2 (4M), star1 (2M) …
        Assert.Equal(["star2", "star1"], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("handle").GetString()));
    }

    [Fact]
    public async Task GetInfluencer_UnknownId_IsNotFoundProblem()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/influencers/987654", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("987654", problem.Detail());
    }

    private static async Task<HttpClient> SeededClientAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(server, workspace, Ct);
        return server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
    }
}
