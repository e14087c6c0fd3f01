using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Clout.Core.Access;
using Clout.Storage.Workspaces;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Dashboard;

/// <summary>The leaderboard in a real Chromium on the demo workspace: sorting by link, the flags, the CSV download.</summary>
public sealed class LeaderboardBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Leaderboard_SortByRoasAndDownload_ShowsTheBestFirstFlagsTheWorstAndMatchesTheApi()
    {
        var ct = TestContext.Current.CancellationToken;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login?returnUrl=%2Fleaderboard");
        await page.Locator("input[name=email]").FillAsync(site.Email);
        await page.Locator("input[name=password]").FillAsync(site.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/leaderboard");

        // The menu leads here, and the ROAS header sorts, best first, on the server.
        Assert.Equal(1, await page.Locator("nav a[href='/leaderboard']").CountAsync());
        await page.Locator("#leaderboard-table th[data-column=roas] a").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("sort=roas", StringComparison.Ordinal) && url.Contains("dir=desc", StringComparison.Ordinal));
        var roas = await page.Locator("#leaderboard-table tbody td[data-metric=roas]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.dataset.value || '')");
        var known = roas.Where(v => v.Length > 0).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.True(known.Count > 50, $"{known.Count} influencers with a ROAS");
        Assert.Equal(known.Max(), known[0]);
        Assert.Equal(known.OrderDescending(), known);

        // The API's figures for the same query.
        using var api = site.Server.CreateClient(await ReadKeyAsync());
        var board = await api.GetFromJsonAsync<JsonElement>("/api/v1/reports/influencers?sort=roas&dir=desc", ct);
        var rows = board.GetProperty("influencers").EnumerateArray().ToList();

        // The collaboration that lost the most money is flagged, on the page, in plain words.
        var worst = rows.Where(r => r.TryGetProperty("cost", out _) && r.GetProperty("metrics").TryGetProperty("revenue", out _))
            .MaxBy(r => r.GetProperty("cost").GetDouble() - r.GetProperty("metrics").GetProperty("revenue").GetProperty("value").GetDouble());
        var worstHandle = worst.GetProperty("handle").GetString()!;
        Assert.True(worst.GetProperty("cost").GetDouble() > 100_000, $"the demo's worst spend is {worst.GetProperty("cost")}");
        var flag = page.Locator($"#leaderboard-table tr[data-handle='{worstHandle}'] [data-flag=low_roas]");
        Assert.Equal(1, await flag.CountAsync());
        var words = await flag.InnerTextAsync();
        Assert.Contains("Loses money", words);
        Assert.Matches(@"spent €[\d,]+, returned €[\d,]+: ROAS 0\.\d\d", words);
        // … and it is among the five not to book again on the overview.
        await page.GotoAsync("/");
        Assert.Contains(worstHandle, await page.Locator("#book-bottom").InnerTextAsync());
        Assert.Equal(5, await page.Locator("#book-top li").CountAsync());
        await page.GoBackAsync();

        // "Download CSV" carries the query, and its figures are the API's.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-csv").ClickAsync());
        Assert.Null(await download.FailureAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync(), ct);
        Assert.Equal(await api.GetStringAsync("/api/v1/reports/influencers?sort=roas&dir=desc&format=csv", ct), csv);
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var records = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(rows.Count, records.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i].GetProperty("handle").GetString(), (string)records[i]["handle"]);
            var cell = (string)records[i]["roas"];
            if (rows[i].GetProperty("metrics").TryGetProperty("roas", out var value))
            {
                Assert.Equal(value.GetProperty("value").GetDouble(), double.Parse(cell, CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Equal("", cell);
            }
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "leaderboard.png"), FullPage = true });
    }

    private Task<string> ReadKeyAsync() => site.Server.InScopeAsync(null, async services =>
    {
        var workspace = await services.GetRequiredService<WorkspaceStore>().FindAsync("demo", TestContext.Current.CancellationToken);
        Assert.NotNull(workspace);
        return await site.Server.CreateApiKeyAsync(workspace, KeyScope.Read, TestContext.Current.CancellationToken);
    });
}
