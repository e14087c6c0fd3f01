using System.Net;
using System.Net.Http.Json;
using System.Text;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Planning;

public sealed class PlanEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Post_BudgetForEveryone_BooksAllFourBesideAllMicroAndOneCelebrity(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);

        using var response = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "conversions" }, Ct);

        var plan = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("acme", plan.GetProperty("workspace").GetString());
        Assert.Equal("EUR", plan.GetProperty("currency").GetString());
        Assert.Equal(6000m, plan.GetProperty("budget").GetDecimal());
        Assert.Equal("conversions", plan.GetProperty("goal").GetString());
        Assert.Equal(1.0, plan.GetProperty("weights").GetProperty("per_order").GetDouble());
        var best = plan.GetProperty("best");
        // 100 + 150 + 100 + 5,000: every priced post fits, and each is expected to sell.
        Assert.Equal(["mila", "noor", "otto", "star1"], best.GetProperty("picks").EnumerateArray().Select(p => p.GetProperty("handle").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(5350m, best.GetProperty("cost").GetDecimal());
        Assert.Equal(4, best.GetProperty("posts").GetInt32());
        var orders = best.GetProperty("orders");
        Assert.InRange(orders.GetProperty("low").GetDouble(), 0, orders.GetProperty("value").GetDouble());
        Assert.InRange(orders.GetProperty("high").GetDouble(), orders.GetProperty("value").GetDouble(), 100);
        var mila = best.GetProperty("picks").EnumerateArray().Single(p => p.GetProperty("handle").GetString() == "mila");
        Assert.Equal((100m, 2, "micro", 20_000L), (mila.GetProperty("cost").GetDecimal(), mila.GetProperty("past_posts").GetInt32(), mila.GetProperty("tier").GetString(), mila.GetProperty("followers").GetInt64()));
        Assert.Equal(350m, plan.GetProperty("all_micro").GetProperty("cost").GetDecimal());
        var celebrity = plan.GetProperty("one_celebrity");
        Assert.Equal("star1", celebrity.GetProperty("picks")[0].GetProperty("handle").GetString());
        var verdicts = plan.GetProperty("verdicts").EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.Equal(3, verdicts.Count);
        Assert.StartsWith("Best mix: 4 posts for 5,350.00 EUR", verdicts[0], StringComparison.Ordinal);
        Assert.StartsWith("All micro: 3 posts for 350.00 EUR", verdicts[1], StringComparison.Ordinal);
        Assert.Contains("less than the best mix; per 1,000 EUR spent, ", verdicts[1], StringComparison.Ordinal);
        Assert.StartsWith("One celebrity (@star1): 1 post for 5,000.00 EUR", verdicts[2], StringComparison.Ordinal);
        Assert.Contains(plan.GetProperty("excluded").EnumerateArray(), e => e.GetString()!.StartsWith("tiny: no collaboration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SmallBudget_NoCelebrityFits_AndBlendWeighsEachOutcome()
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var small = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 250, goal = "reach" }, Ct);
        using var blend = await client.PostAsJsonAsync("/api/v1/plans",
            new { budget = 250, goal = "blend", weights = new { per_thousand_reach = 5, per_engagement = 0.05, per_order = 12 } }, Ct);

        var reach = await small.JsonAsync(HttpStatusCode.OK);
        Assert.True(reach.GetProperty("best").GetProperty("cost").GetDecimal() <= 250m);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reach.GetProperty("one_celebrity").ValueKind);
        Assert.Contains("no celebrity with a known cost fits the budget", reach.GetProperty("verdicts")[2].GetString(), StringComparison.Ordinal);
        var weighted = await blend.JsonAsync(HttpStatusCode.OK);
        var best = weighted.GetProperty("best");
        var value = (5 * best.GetProperty("reach").GetProperty("value").GetDouble() / 1000)
            + (0.05 * best.GetProperty("engagements").GetProperty("value").GetDouble())
            + (12 * best.GetProperty("orders").GetProperty("value").GetDouble());
        Assert.Equal(value, best.GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(12.0, weighted.GetProperty("weights").GetProperty("per_order").GetDouble());
    }

    [Theory]
    [InlineData("""{"budget": -5, "goal": "reach"}""", HttpStatusCode.UnprocessableEntity, "budget")]
    [InlineData("""{"budget": 0, "goal": "reach"}""", HttpStatusCode.UnprocessableEntity, "budget")]
    [InlineData("""{"budget": 100.001, "goal": "reach"}""", HttpStatusCode.UnprocessableEntity, "budget")]
    [InlineData("""{"goal": "reach"}""", HttpStatusCode.UnprocessableEntity, "budget")]
    [InlineData("""{"budget": 1000, "goal": "virality"}""", HttpStatusCode.UnprocessableEntity, "goal")]
    [InlineData("""{"budget": 1000}""", HttpStatusCode.UnprocessableEntity, "goal")]
    [InlineData("""{"budget": 1000, "goal": "blend"}""", HttpStatusCode.UnprocessableEntity, "goal")]
    [InlineData("""{"budget": 1000, "goal": "blend", "weights": {"per_order": 0}}""", HttpStatusCode.UnprocessableEntity, "goal")]
    [InlineData("""{"budget": 1000, "goal": "blend", "weights": {"per_order": -1}}""", HttpStatusCode.UnprocessableEntity, "weights.per_order")]
    [InlineData("""{"budget": 1000, "goal": "reach", "weights": {"per_engagement": 0.05}}""", HttpStatusCode.UnprocessableEntity, "weights.per_engagement")]
    [InlineData("""{"budget": "lots", "goal": "reach"}""", HttpStatusCode.BadRequest, "budget")]
    [InlineData("""{"budget": 1000, "goal": "blend", "weights": {"per_order": "twelve"}}""", HttpStatusCode.BadRequest, "weights.per_order")]
    [InlineData("""{"budget": 1000, "goal": "profit", "weights": {"per_order": 12}}""", HttpStatusCode.UnprocessableEntity, "weights.per_order")]
    [InlineData("""{"budget": 1000, "goal": "reach", "spend_all": true}""", HttpStatusCode.UnprocessableEntity, "spend_all")]
    [InlineData("""{"budget": 1000, "goal": "profit", "min_roas": -1}""", HttpStatusCode.UnprocessableEntity, "min_roas")]
    [InlineData("""{"budget": 1000, "goal": "profit", "min_roas": 1e9}""", HttpStatusCode.UnprocessableEntity, "min_roas")]
    [InlineData("""{"budget": 1000, "goal": "profit", "min_roas": "high"}""", HttpStatusCode.BadRequest, "min_roas")]
    [InlineData("""{"budget": 1000, "goal": "profit", "spend_all": "yes"}""", HttpStatusCode.BadRequest, "spend_all")]
    [InlineData("""not json""", HttpStatusCode.BadRequest, "body")]
    [InlineData("""null""", HttpStatusCode.BadRequest, "body")]
    public async Task Post_BadInput_ProblemNamesTheField_AndNothingIsStored(string body, HttpStatusCode status, string field)
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);
        var before = await RowsAsync(app);

        using var response = await client.PostAsync("/api/v1/plans", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ProblemAsync(status);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(before, await RowsAsync(app));
    }

    [Fact]
    public async Task Post_OtherWorkspace_PlansOnlyItsOwnRoster()
    {
        await using var app = await WebTest.StartAsync();
        await SeededClientAsync(app.Server);
        var other = await app.Server.CreateWorkspaceAsync("other", Ct);
        var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(other, Ct));

        using var response = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "conversions" }, Ct);

        var plan = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, plan.GetProperty("best").GetProperty("posts").GetInt32());
        Assert.Empty(plan.GetProperty("excluded").EnumerateArray());
    }

    private static async Task<HttpClient> SeededClientAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await PlanShop.SeedAsync(server, workspace, Ct);
        return server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
    }

    /// <summary>Row counts of what a plan could conceivably write, across workspaces.</summary>
    private static async Task<(int, int, int, int)> RowsAsync(RunningApp app)
    {
        await using var scope = app.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        return (await db.Campaigns.IgnoreQueryFilters().CountAsync(Ct), await db.Collaborations.IgnoreQueryFilters().CountAsync(Ct),
            await db.Posts.IgnoreQueryFilters().CountAsync(Ct), await db.Orders.IgnoreQueryFilters().CountAsync(Ct));
    }
}
