using Clout.Access;
using Clout.Core.Access;
using Clout.Storage.Workspaces;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Dashboard;

/// <summary>
/// The owners' administration in a real Chromium on the demo workspace: an owner sets the gross margin on the settings
/// page and ROI appears; a viewer finds no administration. Each test signs in once (ten sign-ins a minute per address).
/// </summary>
public sealed class AdminBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Password = "correct horse battery";

    [Fact]
    public async Task Owner_SetsMarginInTheUi_RoiAppears()
    {
        await AddUserAsync("owner@demo.test", Role.Owner);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, "owner@demo.test");

        // No margin first (whatever the demo ships with), so that ROI has nothing to stand on.
        await page.GotoAsync("/settings");
        await page.Locator("input[name=margin]").FillAsync("");
        await page.Locator("#settings-form button[type=submit]").ClickAsync();
        await page.Locator("[role=status]").WaitForAsync();
        await page.GotoAsync("/campaigns");
        Assert.All(await RoiCellsAsync(page), text => Assert.Equal("—", text));
        await page.GotoAsync("/");
        Assert.Equal("—", (await page.Locator("[data-kpi=roi] .kpi").InnerTextAsync()).Trim());

        await page.Locator("nav a[href='/settings']").ClickAsync();
        await page.Locator("input[name=margin]").FillAsync("40%");
        await page.Locator("#settings-form button[type=submit]").ClickAsync();
        Assert.Equal("Saved.", (await page.Locator("[role=status]").InnerTextAsync()).Trim());
        Assert.Equal("40%", await page.Locator("input[name=margin]").InputValueAsync());

        await page.GotoAsync("/campaigns");
        var roi = await RoiCellsAsync(page);
        Assert.NotEmpty(roi);
        Assert.All(roi, text => Assert.Matches(@"^[−-]?[\d,.]+ ?%$", text));

        // The overview's programme strip shows the programme's ROI at that margin.
        await page.GotoAsync("/");
        Assert.Matches(@"^[−-]?[\d,.]+ ?%$", (await page.Locator("[data-kpi=roi] .kpi").InnerTextAsync()).Trim());
        Assert.Contains("40", await page.Locator("[data-kpi=roi]").InnerTextAsync());
    }

    [Fact]
    public async Task Viewer_SeesNoAdministration()
    {
        await AddUserAsync("viewer@demo.test", Role.Viewer);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignedInAsync(browser, "viewer@demo.test");

        Assert.Equal(0, await page.Locator("a[href^='/settings']").CountAsync());
        Assert.Equal(1, await page.Locator("nav a[href='/comments']").CountAsync());
        foreach (var path in new[] { "/settings", "/settings/keys", "/settings/users" })
        {
            await page.GotoAsync(path);
            Assert.Equal("/account/denied", new Uri(page.Url).AbsolutePath);
            Assert.Equal(0, await page.Locator("form#settings-form, form#new-key, form#new-user").CountAsync());
        }
    }

    private Task<bool> AddUserAsync(string email, Role role) =>
        site.Server.InScopeAsync(null, async services =>
        {
            var workspace = (await services.GetRequiredService<WorkspaceStore>().FindAsync(WorkspaceStore.DemoName, TestContext.Current.CancellationToken))!;
            services.GetRequiredService<Storage.Model.WorkspaceScope>().Set(workspace.Id, workspace.Name);
            await services.GetRequiredService<UserAccounts>().CreateAsync(email, Password, role, TestContext.Current.CancellationToken);
            return true;
        });

    private async Task<IPage> SignedInAsync(IBrowser browser, string email)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.Locator("input[name=email]").FillAsync(email);
        await page.Locator("input[name=password]").FillAsync(Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    private static async Task<string[]> RoiCellsAsync(IPage page) =>
        [.. (await page.Locator("#campaign-table td[data-field=roi]").AllInnerTextsAsync()).Select(t => t.Trim())];
}
