using System.Text.Json;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Cli;

/// <summary>`clout import ugc` and the UGC lines of `clout report tiers`, through the real executable on both databases.</summary>
public sealed class UgcCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clout-ugc-" + Guid.NewGuid().ToString("N")[..8]);

    public UgcCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReportTiers_CampaignUgc_CountsPerTierInJsonTableAndCsv(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, "influencers", "handle,platform,followers", "mila,instagram,20000", "star1,instagram,2000000");
        await ImportAsync(database, "collaborations", "campaign,influencer_handle,platform,promo_code,link_code",
            "Spring,mila,instagram,MILA10,mila-spring", "Spring,star1,instagram,STAR10,star-spring");
        // Made-up posts by made-up accounts.
        var ugc = await ImportAsync(database, "ugc", "post_id,author,platform,published_at,text,likes,comments,shares,campaign",
            "u1,fan_one,instagram,2026-03-05T10:00:00Z,thanks mila10!,100,10,5,",
            "u2,fan_two,instagram,2026-03-06T10:00:00Z,\"via go.example/r/star-spring, love it\",200,20,0,",
            "u3,fan_three,tiktok,2026-03-07T10:00:00Z,STAR10X is not a code,30,3,0,Spring");
        Assert.Contains("Imported 3 UGC posts into 'default': 3 new, 0 updated.", ugc.ErrorText, StringComparison.Ordinal);

        var json = await CloutProcess.RunAsync(database.ConnectionString, "report", "tiers", "--format", "json");
        var table = await CloutProcess.RunAsync(database.ConnectionString, "report", "tiers");
        var csv = await CloutProcess.RunAsync(database.ConnectionString, "report", "tiers", "--format", "csv");

        Assert.True(json.ExitCode == 0, json.ToString());
        var report = JsonDocument.Parse(json.Output).RootElement.GetProperty("ugc");
        Assert.Equal((3, 368.0), (report.GetProperty("posts").GetInt32(), report.GetProperty("engagement").GetDouble()));
        Assert.Equal([("micro", 1, 115.0, 115.0), ("celebrity", 1, 220.0, 220.0), ("campaign-wide", 1, 33.0, 33.0)],
            report.GetProperty("tiers").EnumerateArray().Select(t => (t.GetProperty("tier").GetString(), t.GetProperty("posts").GetInt32(),
                t.GetProperty("engagement").GetDouble(), t.GetProperty("engagement_per_post").GetDouble())).ToList());
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("User-generated content", table.Output, StringComparison.Ordinal);
        var rows = table.Output.Split('\n').Select(l => string.Join(' ', l.Split(['│', '|', ' '], StringSplitOptions.RemoveEmptyEntries))).ToList();
        Assert.Contains("micro 1 115 115.0", rows);
        Assert.Contains("celebrity 1 220 220.0", rows);
        Assert.Contains("campaign-wide 1 33 33.0", rows);
        Assert.Contains("all 3 368 122.7", rows);
        Assert.Contains("micro,,,ugc_posts,1,,,1", csv.Output.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.Contains("campaign-wide,,,ugc_engagement,33,,,1", csv.Output.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public async Task ImportUgc_RowCarryingNothing_FailsNamingLineAndFieldAndStoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await ImportAsync(database, "influencers", "handle,platform,followers", "mila,instagram,20000");
        await ImportAsync(database, "collaborations", "campaign,influencer_handle,platform,promo_code", "Spring,mila,instagram,MILA10");
        var file = Write("ugc.csv", "post_id,author,platform,published_at,text",
            "u1,fan_one,instagram,2026-03-05T10:00:00Z,MILA10 yes", "u2,fan_two,instagram,2026-03-05T10:00:00Z,MILA100 no");

        var run = await CloutProcess.RunAsync(database.ConnectionString, "import", "ugc", file);
        var report = await CloutProcess.RunAsync(database.ConnectionString, "report", "tiers", "--format", "json");

        Assert.True(run.ExitCode != 0, run.ToString());
        Assert.Contains("line 3, field 'text'", run.ErrorText, StringComparison.Ordinal);
        Assert.False(JsonDocument.Parse(report.Output).RootElement.TryGetProperty("ugc", out _), "nothing was stored");
    }

    private async Task<CliRun> ImportAsync(TestDatabase database, string kind, params string[] lines)
    {
        var run = await CloutProcess.RunAsync(database.ConnectionString, "import", kind, Write(kind + ".csv", lines));
        Assert.True(run.ExitCode == 0, run.ToString());
        return run;
    }

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }
}
