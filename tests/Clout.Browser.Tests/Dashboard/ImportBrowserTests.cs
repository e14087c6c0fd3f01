using System.Text;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Dashboard;

/// <summary>
/// The import page in a real Chromium: a CSV in another tool's columns is previewed, mapped column by column and
/// imported; the mapping, saved, is chosen by itself for the next file with the same columns. Its own demo site, so
/// that the rows it adds change no other test's roster.
/// </summary>
public sealed class ImportBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Header = "Username;Network;Name;Follower count;Notes\r\n";

    [Fact]
    public async Task Owner_PreviewsMapsImportsAndReusesASavedMapping()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await SignedInAsync(browser);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync("/imports");
        await page.Locator("#import-kind").SelectOptionAsync("influencers");
        await page.Locator("#import-file").SetInputFilesAsync(Utf16File("other-tool.csv",
            "zoe_import;instagram;Zoe Import;12345;met at a fair\r\nyann_import;tiktok;Yann;6789;\r\n"));

        // The preview: the file's columns with a suggested Clout column each, and its first rows.
        var mapping = page.Locator("#mapping tbody tr");
        await mapping.First.WaitForAsync();
        Assert.Equal(["Username", "Network", "Name", "Follower count", "Notes"], await mapping.Locator("td:first-child").AllInnerTextsAsync());
        Assert.Equal(["handle", "platform", "display_name", "-", "-"], await Choices(page));
        Assert.Equal(2, await page.Locator("#preview-rows tbody tr").CountAsync());
        Assert.Equal("Zoe Import", await page.Locator("#preview-rows tbody tr").First.Locator("td").Nth(3).InnerTextAsync());

        await mapping.Nth(3).Locator("select").SelectOptionAsync("followers");
        await page.Locator("#mapping-name").FillAsync("Other tool");
        await page.Locator("#save-mapping").ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync("Saved as “Other tool”.");
        await page.Locator("#import-form > button[type=submit]").ClickAsync();

        await Assertions.Expect(page.Locator("p.ok[role=status]")).ToContainTextAsync("Imported 2 influencers from other-tool.csv: 2 new, 0 updated.");
        Assert.Contains("Follower count=followers", await page.Locator("#map-used").InnerTextAsync());
        Assert.Contains("Other tool", await page.Locator("#saved-mappings").InnerTextAsync());

        // Next month's file, same columns: the saved mapping is chosen by itself.
        await page.Locator("#import-kind").SelectOptionAsync("influencers");
        await page.Locator("#import-file").SetInputFilesAsync(Utf16File("other-tool-2.csv", "ines_import;youtube;Ines;500;\r\n"));
        await Assertions.Expect(page.Locator("#saved-status")).ToContainTextAsync("fits this file's columns");
        Assert.Equal("Other tool", await page.Locator("#saved-mapping").InputValueAsync());
        Assert.Equal(["handle", "platform", "display_name", "followers", "-"], await Choices(page));
        await page.Locator("#import-form > button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("p.ok[role=status]")).ToContainTextAsync("Imported 1 influencers from other-tool-2.csv");

        var stored = await site.Server.InScopeAsync(null, async services =>
        {
            var workspace = (await services.GetRequiredService<WorkspaceStore>().FindAsync(WorkspaceStore.DemoName, TestContext.Current.CancellationToken))!;
            services.GetRequiredService<WorkspaceScope>().Set(workspace.Id, workspace.Name);
            return await services.GetRequiredService<CloutDbContext>().Influencers.Where(i => i.Handle.EndsWith("_import"))
                .OrderBy(i => i.Handle).Select(i => new { i.Handle, i.Platform, i.DisplayName, i.Followers }).ToListAsync(TestContext.Current.CancellationToken);
        });
        Assert.Equal(
            [new { Handle = "ines_import", Platform = Platform.YouTube, DisplayName = (string?)"Ines", Followers = 500L },
             new { Handle = "yann_import", Platform = Platform.TikTok, DisplayName = (string?)"Yann", Followers = 6_789L },
             new { Handle = "zoe_import", Platform = Platform.Instagram, DisplayName = (string?)"Zoe Import", Followers = 12_345L }],
            stored);

        // The saved mapping can be deleted from the list, without script.
        await page.Locator("#saved-mappings form button.danger").ClickAsync();
        await Assertions.Expect(page.Locator("#saved-mappings")).ToContainTextAsync("None yet");
        Assert.Empty(errors);
    }

    private static FilePayload Utf16File(string name, string rows) => new()
    {
        Name = name,
        MimeType = "text/csv",
        Buffer = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Header + rows)],
    };

    private static async Task<string[]> Choices(IPage page) =>
        await page.Locator("#mapping tbody select").EvaluateAllAsync<string[]>("selects => selects.map(s => s.value)");

    private async Task<IPage> SignedInAsync(IBrowser browser)
    {
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
        return page;
    }
}
