using System.Text.Json;

namespace Clout.Tests.Cli;

/// <summary>
/// <c>clout plan --goal profit</c> on the demo, with its own copy of the demo: the tests set and clear the workspace's
/// gross margin, which the other plan tests must not see change under them.
/// </summary>
public sealed class PlanProfitCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public async Task PlanProfit_Demo_RefusedWithoutMargin_ThenBeatsAllMicroWithProfitAndRoiIntervals()
    {
        var cleared = await CloutProcess.RunAsync(demo.ConnectionString, "workspace", "settings", "--margin", "");
        Assert.True(cleared.ExitCode == 0, cleared.ToString());
        var refused = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--budget", "20000", "--goal", "profit");
        var set = await CloutProcess.RunAsync(demo.ConnectionString, "workspace", "settings", "--margin", "40%");
        var json = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--budget", "20000", "--goal", "profit", "--format", "json");
        var table = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--budget", "20000", "--goal", "profit");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("error: --goal: The goal 'profit' needs the workspace's gross margin", refused.ErrorText, StringComparison.Ordinal);
        Assert.Contains("clout workspace settings --margin 40%", refused.ErrorText, StringComparison.Ordinal);
        Assert.Empty(refused.Output);
        Assert.True(set.ExitCode == 0, set.ToString());
        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var plan = document.RootElement;
        Assert.Equal(0.4, plan.GetProperty("gross_margin").GetDouble());
        var best = plan.GetProperty("best");
        var verdict = plan.GetProperty("verdicts")[0].GetString()!;
        if (best.GetProperty("posts").GetInt32() == 0)
        {
            Assert.StartsWith("No profitable mix for this budget", verdict, StringComparison.Ordinal);
        }
        else
        {
            var profit = best.GetProperty("profit");
            Assert.True(profit.GetProperty("value").GetDouble() > 0, verdict);
            Assert.True(profit.GetProperty("value").GetDouble() >= plan.GetProperty("all_micro").GetProperty("profit").GetProperty("value").GetDouble(), verdict);
            Assert.InRange(profit.GetProperty("value").GetDouble(), profit.GetProperty("low").GetDouble(), profit.GetProperty("high").GetDouble());
            var roi = best.GetProperty("roi");
            Assert.InRange(roi.GetProperty("value").GetDouble(), roi.GetProperty("low").GetDouble(), roi.GetProperty("high").GetDouble());
            Assert.All(best.GetProperty("picks").EnumerateArray(), p => Assert.True(p.GetProperty("expected_profit").GetDecimal() > 0));
        }
        Assert.True(plan.GetProperty("one_celebrity").GetProperty("profit").GetProperty("value").GetDouble() < best.GetProperty("profit").GetProperty("value").GetDouble());
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("goal profit · money in EUR", table.Output, StringComparison.Ordinal);
        Assert.Contains("Money, expected [95 % interval] at a gross margin of 40 %: revenue ", table.Output, StringComparison.Ordinal);
        Assert.Contains("• All micro:", table.Output, StringComparison.Ordinal);
    }
}
