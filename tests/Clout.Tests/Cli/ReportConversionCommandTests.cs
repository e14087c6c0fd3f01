using System.Globalization;
using System.Text.Json;

namespace Clout.Tests.Cli;

public sealed class ReportConversionCommandTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task ReportTiers_ClicksAndOrders_AllFormatsCarryConversionMetrics()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        var db = app.Database.ConnectionString;

        var json = await CloutProcess.RunAsync(db, "report", "tiers", "--format", "json");
        var csv = await CloutProcess.RunAsync(db, "report", "tiers", "--format", "csv");
        var table = await CloutProcess.RunAsync(db, "report", "tiers", "--campaign", SmallShop.Campaign);

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var micro = document.RootElement.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == "micro");
        Assert.Equal(SmallShop.MicroRoas, micro.GetProperty("metrics").GetProperty("roas").GetProperty("value").GetDouble(), 1e-9);

        Assert.True(csv.ExitCode == 0, csv.ToString());
        var cpa = csv.Output.Split('\n').Single(l => l.StartsWith("celebrity,", StringComparison.Ordinal) && l.Contains(",cpa,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(SmallShop.CelebrityCpa, double.Parse(cpa[4], CultureInfo.InvariantCulture));

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("Conversions · money in EUR", table.Output, StringComparison.Ordinal);
        // Cells wrap at the 80 columns of a redirected console; headings and verdicts are safe to look for.
        // Three accounts a side are too few to quote 92.5 / 10,000 = 0.00925x or 10x: the verdicts say so.
        Assert.Contains("not enough data to compare micro-influencers with", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("micro-influencers converted 10x", table.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("micro-influencers cost 0.01x", table.Output, StringComparison.Ordinal);
    }
}
