using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Dashboard;

/// <summary>
/// The dashboard in a real headless Chromium against the real server and the demo workspace.
/// Each test signs in at most twice: the sign-in page allows ten requests per minute and address.
/// </summary>
public sealed partial class DashboardBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task Dashboard_SignInThenBrowse_ShowsTierTableChartsAndInfluencer()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser);
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };

        // Not signed in: / sends the browser to the login form.
        await page.GotoAsync("/");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);

        await SignInAsync(page, site.Password);
        await SignedInAsync(page);

        // The tier table: one row per tier, smallest first, each with an engagement rate and its interval.
        var rows = page.Locator("#tier-table tbody tr");
        Assert.Equal(["nano", "micro", "macro", "celebrity"], await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.tier)"));
        var rates = new Dictionary<string, double>();
        foreach (var tier in new[] { "nano", "micro", "macro", "celebrity" })
        {
            var cell = page.Locator($"#tier-table tr[data-tier='{tier}'] td[data-metric='engagement_rate']");
            rates[tier] = Percent(await cell.Locator(".value").InnerTextAsync());
            Assert.Matches(IntervalText(), await cell.Locator(".ci").InnerTextAsync());
        }
        Assert.InRange(rates["micro"], 2.0, 5.0);
        Assert.InRange(rates["celebrity"], 0.5, 1.5);
        Assert.True(rates["micro"] > rates["celebrity"]);
        Assert.Contains("micro-influencers engaged", await page.Locator("#pillars tr[data-metric=engagement_rate] .sentence").InnerTextAsync());

        // The charts, drawn inline as SVG with each bar's or point's figures on hover: engagement, conversion, retention.
        var charts = page.Locator("figure.chart svg.chart-svg");
        Assert.Equal(["engagement_rate", "conversion_rate", "retention"],
            await page.Locator("figure.chart").EvaluateAllAsync<string[]>("figures => figures.map(f => f.dataset.chart)"));
        Assert.True(await DrawnAsync(charts.Nth(0)), "the engagement chart is not drawn");
        Assert.True(await DrawnAsync(charts.Nth(1)), "the conversion chart is not drawn");
        Assert.True(await DrawnAsync(charts.Nth(2)), "the retention chart is not drawn");

        // Verdicts that name a winner are shown; the others wait behind a fold that opens on a click.
        Assert.All(await page.Locator("#verdicts li").EvaluateAllAsync<string[]>("lis => lis.map(l => l.dataset.reading)"),
            reading => Assert.Contains(reading, new[] { "a_better", "b_better" }));
        var fold = page.Locator("details.verdicts-more").First;
        var held = fold.Locator("li").First;
        Assert.False(await held.IsVisibleAsync());
        await fold.Locator("summary").ClickAsync();
        Assert.True(await held.IsVisibleAsync());
        Assert.StartsWith("not enough data", (await held.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        // The industry's four claims beside the demo's figures.
        Assert.Equal(4, await page.Locator("#claims li").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "overview.png"), FullPage = true });
        await AssertReportDownloadsAsync(browser, page);

        // The micro tier's influencers.
        await page.Locator("#tier-table a[href='/influencers?tier=micro']").ClickAsync();
        await page.WaitForURLAsync("**/influencers?tier=micro");
        var influencerRows = page.Locator("#influencer-table tbody tr");
        var tiers = await influencerRows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.tier)");
        Assert.True(tiers.Length >= 60, $"{tiers.Length} micro influencers listed");
        Assert.All(tiers, t => Assert.Equal("micro", t));
        Assert.Equal("micro", await page.Locator("select[name=tier]").InputValueAsync());

        // One influencer's page with its engagement-over-time chart.
        var link = influencerRows.First.Locator("a");
        var handle = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await page.WaitForURLAsync(InfluencerUrl());
        var id = InfluencerUrl().Match(page.Url).Groups["id"].Value;
        Assert.Contains(handle, await page.Locator("h1").InnerTextAsync());
        var timeline = page.Locator("figure.chart img");
        Assert.Equal($"/charts/influencers/{id}.svg", await timeline.GetAttributeAsync("src"));
        Assert.True(await LoadedAsync(timeline), "the influencer's chart did not load");
        Assert.True(await page.Locator("table.data tbody tr").CountAsync() > 0, "the influencer's posts are listed");

        // e.g. a content-security-policy violation or a missing asset
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task Login_WrongPassword_StaysOnLoginWithError()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser);
        await page.GotoAsync("/account/login");

        await SignInAsync(page, site.Password + "x");

        Assert.Equal("That e-mail and password do not match.", (await page.Locator("[role=alert]").InnerTextAsync()).Trim());
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
        await page.GotoAsync("/");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task SignOut_Click_EndsTheSession()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser);
        await page.GotoAsync("/account/login");
        await SignInAsync(page, site.Password);
        await SignedInAsync(page);

        await page.Locator("header form button").ClickAsync();

        await page.WaitForURLAsync("**/account/login");
        Assert.Equal("Sign in to Clout", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.GotoAsync("/influencers");
        Assert.Equal("/account/login", new Uri(page.Url).AbsolutePath);
    }

    /// <summary>
    /// The overview's download buttons give the printed PDF and the self-contained HTML, which opens on its own. Part of
    /// the browsing test rather than a test of its own: another sign-in would exceed the login page's per-minute budget.
    /// </summary>
    private static async Task AssertReportDownloadsAsync(IBrowser browser, IPage page)
    {
        var folder = Directory.CreateTempSubdirectory("clout-download-");
        try
        {
            // The server prints the PDF with its own headless Chromium: allow for a cold start.
            var pdf = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-pdf").ClickAsync(), new PageRunAndWaitForDownloadOptions { Timeout = 90_000 });
            Assert.Null(await pdf.FailureAsync());
            Assert.Equal("tier-report-demo.pdf", pdf.SuggestedFilename);
            var pdfPath = Path.Combine(folder.FullName, pdf.SuggestedFilename);
            await pdf.SaveAsAsync(pdfPath);
            var bytes = await File.ReadAllBytesAsync(pdfPath, TestContext.Current.CancellationToken);
            Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes");
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));

            var html = await page.RunAndWaitForDownloadAsync(() => page.Locator("#download-html").ClickAsync());
            Assert.Equal("tier-report-demo.html", html.SuggestedFilename);
            var htmlPath = Path.Combine(folder.FullName, html.SuggestedFilename);
            await html.SaveAsAsync(htmlPath);
            var text = await File.ReadAllTextAsync(htmlPath, TestContext.Current.CancellationToken);
            Assert.Contains(await page.Locator("#pillars tr[data-metric=engagement_rate] .sentence").InnerTextAsync(), text);

            // The saved page opens on its own, from disk, with its charts drawn.
            var saved = await browser.NewPageAsync();
            await saved.GotoAsync(new Uri(htmlPath).AbsoluteUri);
            Assert.Equal(["nano", "micro", "macro", "celebrity"], await saved.Locator("#engagement thead th.num").AllInnerTextsAsync());
            Assert.True(await DrawnAsync(saved.Locator("#chart-engagement_rate svg")), "the saved report's chart did not draw");
            await saved.CloseAsync();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        return await context.NewPageAsync();
    }

    private async Task SignInAsync(IPage page, string password)
    {
        await page.Locator("input[name=email]").FillAsync(site.Email);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("form button[type=submit]").ClickAsync();
    }

    private static Task SignedInAsync(IPage page) => page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

    /// <summary>An inline chart on screen: laid out at a readable width, with hover titles beyond its own name.</summary>
    private static async Task<bool> DrawnAsync(ILocator chart) =>
        await chart.EvaluateAsync<bool>("svg => svg.getBoundingClientRect().width > 300 && svg.querySelectorAll('title').length > 2");

    private static async Task<bool> LoadedAsync(ILocator image) =>
        await image.EvaluateAsync<bool>("img => img.complete ? img.naturalWidth > 0 : new Promise(r => { img.onload = () => r(img.naturalWidth > 0); img.onerror = () => r(false); })");

    /// <summary>"2.91 %" → 2.91.</summary>
    private static double Percent(string text)
    {
        var match = PercentText().Match(text.Trim());
        Assert.True(match.Success, $"not a percentage: '{text}'");
        return double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<value>\d+(\.\d+)?) %$")]
    private static partial Regex PercentText();

    [GeneratedRegex(@"^\[\d+(\.\d+)? % – \d+(\.\d+)? %\]$")]
    private static partial Regex IntervalText();

    [GeneratedRegex(@"/influencers/(?<id>\d+)$")]
    private static partial Regex InfluencerUrl();
}
