using Clout.Storage.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Dashboard;

/// <summary>The planner's page in a real headless Chromium against the real server and the demo workspace.</summary>
public sealed class PlanBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    [Fact]
    public async Task PlanPage_SubmitForm_ShowsTableChartAndVerdicts_ThenNamesABadBlend()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        var page = await context.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        await page.GotoAsync("/account/login");
        await page.Locator("input[name=email]").FillAsync(site.Email);
        await page.Locator("input[name=password]").FillAsync(site.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");

        // The nav leads to the planner; the first visit shows the form and no plan yet.
        await page.Locator("header nav a[href='/plan']").ClickAsync();
        await page.WaitForURLAsync("**/plan");
        Assert.Equal(0, await page.Locator("#plan-table").CountAsync());
        Assert.Equal("20000", await page.Locator("#plan-form input[name=budget]").InputValueAsync());

        await page.Locator("#plan-form select[name=goal]").SelectOptionAsync("conversions");
        await page.Locator("#plan-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/plan?*goal=conversions*");

        Assert.Contains("Cost per post EUR", await page.Locator("#plan-table thead").InnerTextAsync(), StringComparison.Ordinal);
        var rows = page.Locator("#plan-table tbody tr");
        Assert.True(await rows.CountAsync() >= 5, "a €20,000 budget books several demo posts");
        var tiers = await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.tier)");
        Assert.All(tiers, t => Assert.Contains(t, new[] { "nano", "micro", "macro", "celebrity" }));
        Assert.Matches(@"^\d[\d,]*\s+\[\d[\d,]* – \d[\d,]*\]$", (await page.Locator("#plan-table tfoot th").Nth(7).InnerTextAsync()).Trim()); // the orders total, whether or not a profit column follows
        var verdicts = await page.Locator("#plan-verdicts li").AllInnerTextsAsync();
        Assert.Equal(3, verdicts.Count);
        Assert.StartsWith("Best mix:", verdicts[0], StringComparison.Ordinal);
        Assert.StartsWith("All micro:", verdicts[1], StringComparison.Ordinal);
        Assert.StartsWith("One celebrity", verdicts[2], StringComparison.Ordinal);
        // The comparison chart, inline: each plan's bar shows its expected total and interval on hover.
        var chart = page.Locator("#plan-chart svg.chart-svg");
        Assert.True(await chart.EvaluateAsync<bool>("svg => svg.getBoundingClientRect().width > 300"), "the comparison chart is not drawn");
        var titles = await chart.Locator("title").AllTextContentsAsync();
        Assert.Contains(titles, t => t.StartsWith("Best mix: ", StringComparison.Ordinal) && t.Contains(" – ", StringComparison.Ordinal));
        Assert.Contains("no collaboration yet", await page.Locator("#plan-excluded").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "plan.png"), FullPage = true });

        // A blend without weights: the form stays, the error names what is missing, no plan is shown.
        await page.Locator("#plan-form select[name=goal]").SelectOptionAsync("blend");
        await page.Locator("#plan-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/plan?*goal=blend*");
        Assert.Contains("needs weights", await page.Locator("#plan-errors li[data-field=goal]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#plan-table").CountAsync());

        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task PlanPage_ProfitGoal_NamesTheMissingMargin_ThenShowsProfitAndRoiWithIntervals()
    {
        await SetMarginAsync(null);
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
        await page.GotoAsync("/plan");

        // Without a gross margin the profit goal is refused, and the error says where to set one.
        await page.Locator("#plan-form select[name=goal]").SelectOptionAsync("profit");
        await page.Locator("#plan-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/plan?*goal=profit*");
        Assert.Contains("clout workspace settings --margin", await page.Locator("#plan-errors li[data-field=goal]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#plan-table").CountAsync());

        // With a margin: the expected profit and ROI with their intervals, each post's expected profit, and the comparisons.
        await SetMarginAsync(0.4);
        await page.ReloadAsync();
        Assert.Matches(@"^-?[\d,]+\.\d\d$", (await page.Locator("#plan-profit .kpi").InnerTextAsync()).Trim());
        Assert.Matches(@"^\[-?[\d,]+\.\d\d – -?[\d,]+\.\d\d\]$", (await page.Locator("#plan-profit .ci").InnerTextAsync()).Trim());
        Assert.Matches(@"^\[-?[\d,]+ % – -?[\d,]+ %\]$", (await page.Locator("#plan-roi .ci").InnerTextAsync()).Trim());
        var verdicts = await page.Locator("#plan-verdicts li").AllInnerTextsAsync();
        Assert.Equal(3, verdicts.Count);
        Assert.Matches("^(Best mix: .* a profit of .*ROI|No profitable mix for this budget)", verdicts[0]);
        Assert.StartsWith("All micro:", verdicts[1], StringComparison.Ordinal);
        Assert.StartsWith("One celebrity", verdicts[2], StringComparison.Ordinal);
        if (await page.Locator("#plan-table").CountAsync() > 0)
        {
            Assert.Contains("Expected profit EUR", await page.Locator("#plan-table thead").InnerTextAsync(), StringComparison.Ordinal);
            var profits = await page.Locator("#plan-table tbody tr td:last-child").AllInnerTextsAsync();
            Assert.All(profits, p => Assert.DoesNotContain("-", p, StringComparison.Ordinal)); // no post expected to lose money
        }
        // The same plan read on a phone: the table scrolls in its own box, the page does not.
        await page.SetViewportSizeAsync(390, 844);
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#plan-table')?.closest('.table-scroll') !== null || document.querySelector('#plan-table') === null"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "plan-profit.png"), FullPage = true });
    }

    private async Task SetMarginAsync(double? margin) =>
        await site.Server.InScopeAsync(null, async services =>
        {
            var workspace = await services.GetRequiredService<WorkspaceStore>().FindAsync("demo", TestContext.Current.CancellationToken);
            await services.GetRequiredService<WorkspaceSettingsStore>().SetGrossMarginAsync(workspace!.Id, margin, TestContext.Current.CancellationToken);
            return true;
        });
}
