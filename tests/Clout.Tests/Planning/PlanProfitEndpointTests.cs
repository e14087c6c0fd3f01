using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;

namespace Clout.Tests.Planning;

/// <summary>
/// The profit goal through the real pipeline. In <see cref="PlanShop"/> every order brings EUR 50.00 and no post sells
/// enough to pay for itself at any margin; with 20 more orders mila sells 12 a post for a cost of 100.00, which at a
/// 50 % margin earns about 300.00 on a 100.00 post.
/// </summary>
public sealed class PlanProfitEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Post_Profit_BooksOnlyPostsThatEarnBackTheirCost_WithProfitAndRoiIntervals(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (client, workspace) = await SeededAsync(app.Server);
        await PlanShop.SellAsync(app.Server, workspace, "mila", 20, Ct);
        await PlanShop.SetMarginAsync(app.Server, workspace, 0.5, Ct);

        using var response = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "profit" }, Ct);

        var plan = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("profit", 0.5, false), (plan.GetProperty("goal").GetString(), plan.GetProperty("gross_margin").GetDouble(), plan.GetProperty("spend_all").GetBoolean()));
        var best = plan.GetProperty("best");
        // A budget for all four posts, yet only the one expected to earn back its cost is booked.
        var mila = Assert.Single(best.GetProperty("picks").EnumerateArray());
        Assert.Equal("mila", mila.GetProperty("handle").GetString());
        Assert.True(mila.GetProperty("expected_profit").GetDecimal() > 0);
        var profit = Within(best.GetProperty("profit"));
        Assert.True(profit > 0, $"expected profit {profit}");
        Assert.Equal(profit, best.GetProperty("value").GetDouble(), 0.01);
        Assert.Equal(profit / 100, Within(best.GetProperty("roi")), 1e-3);
        Assert.True(Within(best.GetProperty("revenue")) > 0);
        Assert.True(Within(best.GetProperty("roas")) > 2);
        Assert.True(profit >= plan.GetProperty("all_micro").GetProperty("profit").GetProperty("value").GetDouble());
        Assert.True(Within(plan.GetProperty("one_celebrity").GetProperty("profit")) < -4_000);
        var verdicts = plan.GetProperty("verdicts").EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.StartsWith("Best mix: 1 post for 100.00 EUR, expected to bring a profit of ", verdicts[0], StringComparison.Ordinal);
        Assert.Contains(" EUR, ROI ", verdicts[0], StringComparison.Ordinal);
        Assert.EndsWith("less profit than the best mix.", verdicts[2], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Post_Profit_NoPostPaysForItself_SaysNoProfitableMix_AndStillCompares(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (client, workspace) = await SeededAsync(app.Server);
        await PlanShop.SetMarginAsync(app.Server, workspace, 0.4, Ct);

        using var response = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "profit" }, Ct);

        var plan = await response.JsonAsync(HttpStatusCode.OK);
        var best = plan.GetProperty("best");
        Assert.Equal((0, 0m), (best.GetProperty("posts").GetInt32(), best.GetProperty("cost").GetDecimal()));
        Assert.Equal(0, best.GetProperty("profit").GetProperty("value").GetDouble());
        var micro = plan.GetProperty("all_micro");
        Assert.True(micro.GetProperty("outside_rules").GetBoolean());
        Assert.Equal(3, micro.GetProperty("posts").GetInt32());
        Assert.True(Within(micro.GetProperty("profit")) < 0);
        Assert.True(Within(plan.GetProperty("one_celebrity").GetProperty("profit")) < 0);
        var verdicts = plan.GetProperty("verdicts").EnumerateArray().Select(v => v.GetString()!).ToList();
        Assert.Equal(3, verdicts.Count);
        Assert.StartsWith("No profitable mix for this budget: no post within 6,000.00 EUR is expected to earn back its cost at a gross margin of 40 %", verdicts[0], StringComparison.Ordinal);
        Assert.StartsWith("All micro: no micro post is expected to earn back its cost; booking the best anyway, 3 posts for 350.00 EUR, would bring a profit of -", verdicts[1], StringComparison.Ordinal);
        Assert.StartsWith("One celebrity (@star1): 1 post for 5,000.00 EUR, expected a profit of -", verdicts[2], StringComparison.Ordinal);

        // Asked to spend anyway, it books what brings back most.
        using var spent = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "profit", spend_all = true }, Ct);
        var anyway = await spent.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, anyway.GetProperty("best").GetProperty("posts").GetInt32());
        Assert.True(anyway.GetProperty("spend_all").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Post_RoasFloor_LeavesOutPostsBelowIt_AndMoneyShowsUnderOtherGoals(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (client, workspace) = await SeededAsync(app.Server);
        await PlanShop.SellAsync(app.Server, workspace, "mila", 20, Ct);

        using var floored = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "conversions", min_roas = 2 }, Ct);
        using var noMargin = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "conversions" }, Ct);

        var plan = await floored.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2.0, plan.GetProperty("min_roas").GetDouble());
        Assert.Equal("mila", Assert.Single(plan.GetProperty("best").GetProperty("picks").EnumerateArray()).GetProperty("handle").GetString());
        var unfloored = await noMargin.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, unfloored.GetProperty("best").GetProperty("posts").GetInt32());
        Assert.Equal(JsonValueKind.Null, unfloored.GetProperty("gross_margin").ValueKind);
        Assert.Equal(JsonValueKind.Null, unfloored.GetProperty("best").GetProperty("profit").ValueKind);
        Assert.Equal(JsonValueKind.Null, unfloored.GetProperty("best").GetProperty("picks")[0].GetProperty("expected_profit").ValueKind);
        Assert.True(Within(unfloored.GetProperty("best").GetProperty("revenue")) > 0);
    }

    [Fact]
    public async Task Post_ProfitWithoutMargin_422NamesTheSettingAndHowToSetIt()
    {
        await using var app = await WebTest.StartAsync();
        var (client, _) = await SeededAsync(app.Server);

        using var response = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 6000, goal = "profit" }, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var message = problem.GetProperty("errors").GetProperty("goal")[0].GetString()!;
        Assert.Contains("gross margin", message, StringComparison.Ordinal);
        Assert.Contains("clout workspace settings --margin 40%", message, StringComparison.Ordinal);
    }

    /// <summary>The estimate's value, after checking that its 95 % interval holds it.</summary>
    private static double Within(JsonElement estimate)
    {
        var value = estimate.GetProperty("value").GetDouble();
        Assert.InRange(value, estimate.GetProperty("low").GetDouble() - 0.01, estimate.GetProperty("high").GetDouble() + 0.01);
        return value;
    }

    private static async Task<(HttpClient Client, WorkspaceInfo Workspace)> SeededAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await PlanShop.SeedAsync(server, workspace, Ct);
        return (server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct)), workspace);
    }
}
