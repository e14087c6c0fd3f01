using Microsoft.Playwright;

namespace Clout.Browser.Tests.Dashboard;

/// <summary>
/// The overview as a boss reads it, in Chromium on the demo workspace, at a laptop's 1366×768 and a phone's 390×844:
/// six pillars with verdicts, money verdicts by their conservative bound, and a period filter the downloads carry.
/// A demo site of its own, so that its one sign-in does not count against the other class's per-minute budget.
/// </summary>
public sealed class OverviewBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static readonly string[] PillarIds = ["engagement", "trust", "conversion", "money", "loyalty", "audience-quality"];

    [Fact]
    public async Task Overview_AtLaptopAndPhoneWidths_AnswersWithSixPillarsAndFiltersThePeriod()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("input[name=email]").FillAsync(site.Email);
        await page.Locator("input[name=password]").FillAsync(site.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        Assert.StartsWith("Do micro-influencers beat celebrities?", (await page.Locator("h1").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        await AssertPillarsAsync(page);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "the overview scrolls sideways at 1366 px");

        // The demo's money verdicts name micro-influencers by the bound the data guarantee.
        var cpa = (await page.Locator("#pillars tr[data-metric=cpa] .sentence").InnerTextAsync()).Trim();
        var roas = (await page.Locator("#pillars tr[data-metric=roas] .sentence").InnerTextAsync()).Trim();
        Assert.Matches(@"^micro-influencers cost at least \d+(\.\d)?x less per order than celebrities \([\d.]+x \[[\d.]+-[\d.]+\]\)$", cpa);
        Assert.Matches(@"^micro-influencers returned at least \d+(\.\d)?x more revenue per unit spent than celebrities \([\d.]+x \[[\d.]+-[\d.]+\]\)$", roas);
        Assert.Equal("win", await page.Locator("#pillars tbody[data-pillar=money]").GetAttributeAsync("data-outcome"));
        // The demo sets a margin: ROI shows as a figure, not as a hint.
        Assert.Matches(@"^-?\d+\.\d+ %$", (await page.Locator("#programme [data-kpi=roi] .kpi").InnerTextAsync()).Trim());

        // A period: the figures change, the URL keeps it, the downloads carry it and the file states it.
        var allTime = await page.Locator("#programme [data-kpi=orders] .kpi").InnerTextAsync();
        await page.Locator("#report-filter select[name=period]").SelectOptionAsync("30d");
        await page.Locator("#report-filter button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("period=30d", StringComparison.Ordinal));
        var lastThirtyDays = await page.Locator("#programme [data-kpi=orders] .kpi").InnerTextAsync();
        Assert.NotEqual(allTime, lastThirtyDays);
        var from = await page.Locator("#report-filter input[name=from]").InputValueAsync();
        var to = await page.Locator("#report-filter input[name=to]").InputValueAsync();
        var lastDay = DateOnly.ParseExact(to, "yyyy-MM-dd").AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var htmlLink = await page.Locator("#download-html").GetAttributeAsync("href");
        var pdfLink = await page.Locator("#download-pdf").GetAttributeAsync("href");
        Assert.Equal($"/reports/tiers.html?from={from}&to={to}", htmlLink);
        Assert.Equal($"/reports/tiers.pdf?from={from}&to={to}", pdfLink);
        var file = await page.APIRequest.GetAsync(htmlLink!);
        Assert.Equal(200, file.Status);
        var text = await file.TextAsync();
        Assert.Contains($"<dd id=\"period\">{from} – {lastDay}</dd>", text, StringComparison.Ordinal);
        Assert.Contains($"data-kpi=\"orders\">{lastThirtyDays}</dd>", text, StringComparison.Ordinal);
        var pdf = await page.APIRequest.GetAsync(pdfLink!, new APIRequestContextOptions { Timeout = 90_000 });
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.BodyAsync(), 0, 5));

        // A phone: the same answer, stacked, nothing of it wider than the screen.
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/");
        await AssertPillarsAsync(page);
        foreach (var part in new[] { "#report-filter", "#programme", "#pillars" })
        {
            Assert.True(await page.Locator(part).EvaluateAsync<bool>("e => e.getBoundingClientRect().right <= innerWidth && e.scrollWidth <= e.clientWidth + 1"),
                $"{part} is wider than a 390 px screen");
        }
    }

    private static async Task AssertPillarsAsync(IPage page)
    {
        var pillars = page.Locator("#pillars tbody.pillar");
        Assert.Equal(PillarIds, await pillars.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.pillar)"));
        // Each pillar says where it stands in words (and an icon), never by colour alone.
        foreach (var id in PillarIds)
        {
            var outcome = page.Locator($"#pillars tbody[data-pillar='{id}'] th .outcome");
            Assert.True(await outcome.IsVisibleAsync(), $"{id}: no outcome shown");
            Assert.Matches("(ahead|Mixed|Not enough data|Figures only|Not measured)$", (await outcome.InnerTextAsync()).Trim());
        }
    }
}
