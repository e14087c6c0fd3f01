using System.Globalization;
using System.Text.Json;

namespace Clout.Tests.Cli;

public sealed class ReportCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>
{
    [Fact]
    public async Task ReportTiersJson_Demo_GivesEachTierWithCountsAndEngagementInterval()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var report = document.RootElement;
        Assert.Equal("demo", report.GetProperty("workspace").GetString());
        var tiers = report.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("tier").GetString()!);
        Assert.Equal(["nano", "micro", "macro", "celebrity"], tiers.Keys);
        foreach (var (name, tier) in tiers)
        {
            var influencers = tier.GetProperty("influencers").GetInt32();
            Assert.True(influencers > 0, name);
            Assert.True(tier.GetProperty("posts").GetInt32() >= influencers, name);
            var er = tier.GetProperty("metrics").GetProperty("engagement_rate");
            var value = er.GetProperty("value").GetDouble();
            Assert.Equal(influencers, er.GetProperty("n").GetInt32());
            Assert.InRange(value, 0.0, 1.0); // a fraction, not a percentage
            Assert.InRange(er.GetProperty("low").GetDouble(), 0.0, value);
            Assert.InRange(er.GetProperty("high").GetDouble(), value, 1.0);
        }
        Assert.True(tiers["micro"].GetProperty("influencers").GetInt32() >= 60);
        Assert.True(tiers["celebrity"].GetProperty("influencers").GetInt32() >= 8);
        var microEr = Er(tiers["micro"]);
        var celebrityEr = Er(tiers["celebrity"]);
        Assert.InRange(microEr, 0.02, 0.05);
        Assert.InRange(celebrityEr, 0.005, 0.015);

        var contrast = report.GetProperty("contrasts").EnumerateArray().Single(c =>
            c.GetProperty("metric").GetString() == "engagement_rate" && c.GetProperty("a").GetString() == "micro" && c.GetProperty("b").GetString() == "celebrity");
        Assert.Equal(microEr / celebrityEr, contrast.GetProperty("ratio").GetDouble(), 1e-9);
        Assert.True(contrast.GetProperty("low").GetDouble() > 1, "the demo's micro tier engages clearly more per follower");
        Assert.StartsWith("micro-influencers engaged", contrast.GetProperty("verdict").GetString());
        Assert.Equal("a_better", contrast.GetProperty("reading").GetString());

        // The industry's claims sit beside the measurements: the claimed micro 5–10 % against the demo's micro median.
        var claims = report.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);
        Assert.Equal(4, claims.Count);
        var microClaim = claims["micro_engagement_rate"];
        Assert.Equal((0.05, 0.10), (microClaim.GetProperty("claimed_low").GetDouble(), microClaim.GetProperty("claimed_high").GetDouble()));
        Assert.Equal(microEr, microClaim.GetProperty("value").GetDouble(), 1e-12);
        var expected = microClaim.GetProperty("high").GetDouble() < 0.05 ? "below_claim" : microClaim.GetProperty("low").GetDouble() > 0.10 ? "above_claim" : "consistent";
        Assert.Equal(expected, microClaim.GetProperty("finding").GetString());
        Assert.Equal(contrast.GetProperty("ratio").GetDouble(), claims["engagement_ratio"].GetProperty("value").GetDouble(), 1e-12);
    }

    [Fact]
    public async Task ReportTiersJson_Demo_LoyaltyPerTierWithRetentionCurves()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "json", "--repeat-window", "60");

        Assert.True(run.ExitCode == 0, run.ToString());
        var report = JsonDocument.Parse(run.Output).RootElement;
        var loyalty = report.GetProperty("loyalty");
        Assert.Equal(60, loyalty.GetProperty("window_days").GetInt32());
        var tiers = loyalty.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("tier").GetString()!);
        Assert.Contains("micro", tiers.Keys);
        Assert.Contains("celebrity", tiers.Keys);
        foreach (var (name, tier) in tiers)
        {
            var customers = tier.GetProperty("customers").GetInt32();
            var repeaters = tier.GetProperty("repeaters").GetInt32();
            var curve = tier.GetProperty("retention").EnumerateArray().Select(v => v.GetDouble()).ToList();
            Assert.True(customers > 0, name);
            Assert.Equal(60, curve.Count);
            // A cumulative share: never falls, and ends at the tier's pooled repeat rate.
            Assert.All(curve.Zip(curve.Skip(1)), p => Assert.True(p.Second >= p.First, name));
            Assert.Equal((double)repeaters / customers, curve[^1], 1e-12);
            Assert.Equal((double)repeaters / customers, tier.GetProperty("repeat_rate").GetProperty("value").GetDouble(), 1e-12);
        }
        // The per-influencer repeat rate is a report metric like any other, with its contrast.
        var micro = report.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "micro");
        Assert.True(micro.GetProperty("metrics").GetProperty("repeat_rate").GetProperty("n").GetInt32() > 0);
        Assert.Contains(report.GetProperty("contrasts").EnumerateArray(), c => c.GetProperty("metric").GetString() == "repeat_rate");
    }

    [Fact]
    public async Task ReportTiersJson_Demo_CleanMicroInfluencersScoreAbove70()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var micro = document.RootElement.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "micro");
        var score = micro.GetProperty("metrics").GetProperty("quality_score");
        Assert.True(score.GetProperty("low").GetDouble() > 70, score.ToString());
        Assert.Equal(micro.GetProperty("influencers").GetInt32(), score.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task ReportTiersJson_Demo_AuditsShowCelebritiesWithMoreFakeFollowers()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        var contrast = document.RootElement.GetProperty("contrasts").EnumerateArray().Single(c =>
            c.GetProperty("metric").GetString() == "fake_share" && c.GetProperty("a").GetString() == "micro" && c.GetProperty("b").GetString() == "celebrity");
        Assert.True(contrast.GetProperty("high").GetDouble() < 1, contrast.ToString()); // micro's share clearly lower
        var celebrity = document.RootElement.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "celebrity");
        Assert.Equal(celebrity.GetProperty("influencers").GetInt32(), celebrity.GetProperty("metrics").GetProperty("fake_share").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task ReportTiersJson_SameDatabaseTwice_IsIdentical()
    {
        var first = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "json");
        var second = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
    }

    [Fact]
    public async Task ReportTiersCsv_Demo_HasOneRowPerTierAndMetric()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("tier,influencers,posts,metric,value,low,high,n", lines[0]);
        var micro = lines.Single(l => l.StartsWith("micro,", StringComparison.Ordinal) && l.Contains(",engagement_rate,", StringComparison.Ordinal)).Split(',');
        Assert.InRange(double.Parse(micro[4], CultureInfo.InvariantCulture), 0.02, 0.05);
    }

    [Fact]
    public async Task ReportTiers_EmptyPeriod_IsUsageErrorNamingIt()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--from", "2026-03-02", "--to", "2026-03-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'from' must be before 'to'", run.ErrorText);
    }

    [Fact]
    public async Task ReportTiers_UnknownWorkspace_FailsNamingIt()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--workspace", "nosuch");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("There is no workspace 'nosuch'", run.ErrorText);
    }

    [Fact]
    public void Demo_Run_PrintsTheDemoLogin()
    {
        Assert.Contains("Demo workspace 'demo' created", demo.Demo.ErrorText);
        Assert.Contains("demo@clout.local", demo.Demo.ErrorText);
    }

    private static double Er(JsonElement tier) => tier.GetProperty("metrics").GetProperty("engagement_rate").GetProperty("value").GetDouble();
}
