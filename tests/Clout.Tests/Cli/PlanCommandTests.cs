using System.Text.Json;

namespace Clout.Tests.Cli;

public sealed class PlanCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public async Task PlanJson_Demo_SpendsWithinBudgetAndBeatsBothComparisons_TheSameEachRun()
    {
        var first = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--budget", "20000", "--goal", "conversions", "--format", "json");
        var second = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--budget", "20000", "--goal", "conversions", "--format", "json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Output, second.Output); // a fixed seed: the same data give the same plan
        using var document = JsonDocument.Parse(first.Output);
        var plan = document.RootElement;
        Assert.Equal("demo", plan.GetProperty("workspace").GetString());
        var best = plan.GetProperty("best");
        Assert.InRange(best.GetProperty("cost").GetDecimal(), 1m, 20_000m);
        Assert.True(best.GetProperty("posts").GetInt32() >= 5, "a €20,000 budget books several posts in the demo");
        var orders = best.GetProperty("orders");
        Assert.True(orders.GetProperty("low").GetDouble() > 0, "the demo sells through its influencers");
        Assert.True(orders.GetProperty("value").GetDouble() >= plan.GetProperty("all_micro").GetProperty("value").GetDouble());
        Assert.True(orders.GetProperty("value").GetDouble() >= plan.GetProperty("one_celebrity").GetProperty("value").GetDouble());
        Assert.All(best.GetProperty("picks").EnumerateArray(), p => Assert.True(p.GetProperty("past_posts").GetInt32() > 0));
        Assert.Contains(plan.GetProperty("excluded").EnumerateArray(), e => e.GetString()!.Contains("no collaboration yet", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanTable_Demo_ShowsPicksTotalsAndPlainLanguageComparisons()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--budget", "20000", "--goal", "conversions");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("goal conversions · money in EUR", run.Output, StringComparison.Ordinal);
        Assert.Contains("Totals, expected [95 % interval of 2,000 simulations]", run.Output, StringComparison.Ordinal);
        Assert.Contains("• Best mix:", run.Output, StringComparison.Ordinal);
        Assert.Contains("• All micro:", run.Output, StringComparison.Ordinal);
        Assert.Contains("• One celebrity (@", run.Output, StringComparison.Ordinal);
        Assert.Contains("Left out: no collaboration yet", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Campaign_TakesItsGoal_AndAnUnknownCampaignIsNamed()
    {
        var unknown = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--campaign", "Nope", "--budget", "100", "--goal", "reach");
        var unweighted = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--campaign", "Spring Glow 2026", "--budget", "5000");
        var weighted = await CloutProcess.RunAsync(demo.ConnectionString, "plan", "--campaign", "Spring Glow 2026", "--budget", "5000",
            "--per-thousand-reach", "5", "--per-order", "12", "--format", "json");

        Assert.True(unknown.ExitCode == 1, unknown.ToString());
        Assert.Contains("There is no campaign 'Nope'", unknown.ErrorText, StringComparison.Ordinal);
        // The demo's campaigns are blends: without weights the campaign's goal cannot be planned for, and the error says why.
        Assert.True(unweighted.ExitCode == 2, unweighted.ToString());
        Assert.Contains("error: --goal: The goal 'blend' needs weights", unweighted.ErrorText, StringComparison.Ordinal);
        Assert.True(weighted.ExitCode == 0, weighted.ToString());
        using var document = JsonDocument.Parse(weighted.Output);
        Assert.Equal("blend", document.RootElement.GetProperty("goal").GetString());
        Assert.Equal(5.0, document.RootElement.GetProperty("weights").GetProperty("per_thousand_reach").GetDouble());
        Assert.InRange(document.RootElement.GetProperty("best").GetProperty("cost").GetDecimal(), 1m, 5_000m);
    }

    [Theory]
    [InlineData("--budget -5 --goal conversions", "--budget")]
    [InlineData("--goal conversions", "--budget")]
    [InlineData("--budget 20000 --goal virality", "--goal")]
    [InlineData("--budget 20000 --goal blend", "--goal")]
    [InlineData("--budget 20000 --goal reach --per-order 12", "--per-order")]
    [InlineData("--budget 20000 --goal blend --per-engagement -1", "--per-engagement")]
    [InlineData("--budget 20000 --goal profit --min-roas -1", "--min-roas")]
    [InlineData("--budget 20000 --goal reach --spend-all", "--spend-all")]
    public async Task Plan_BadInput_NamesTheFlagAndExitsWithUsage(string arguments, string flag)
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, ["plan", .. arguments.Split(' ')]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"error: {flag}:", run.ErrorText, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
