using Microsoft.Playwright;

namespace Clout.Browser.Tests.Dashboard;

/// <summary>
/// Every dashboard page on a laptop (1366×768) and a phone (390×844), in a real headless Chromium against the demo:
/// nothing scrolls sideways, no text is under 12 px, the menu folds on the phone, and the theme follows the system.
/// </summary>
public sealed class LayoutBrowserTests(DemoSite site) : IClassFixture<DemoSite>
{
    /// <summary>The pages with a fixed address; the detail pages are found by following the lists' first links.</summary>
    private static readonly string[] Pages =
    [
        "/", "/influencers", "/leaderboard", "/campaigns", "/plan", "/surveys", "/surveys/new", "/comments", "/imports", "/api",
        "/settings", "/settings/keys", "/settings/users",
    ];

    private static readonly (string List, string Pattern)[] DetailLinks =
    [
        ("/influencers", @"^/influencers/\d+$"),
        ("/campaigns", @"^/campaigns/\d+$"),
        ("/surveys", @"^/surveys/\d+$"),
    ];

    private static readonly (int Width, int Height)[] Screens = [(1366, 768), (390, 844)];

    // Text that is not inside a box that scrolls on its own, and wider than the window, is what a reader would have to
    // scroll sideways for: the page's own width tells, whichever element causes it.
    private const string WidthScript = "() => [document.documentElement.scrollWidth, innerWidth]";

    private const string TinyTextScript = """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.offsetParent !== null && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
            .filter(e => parseFloat(getComputedStyle(e).fontSize) < 12)
            .map(e => `${e.tagName.toLowerCase()}.${e.className} ${getComputedStyle(e).fontSize} "${e.textContent.trim().slice(0, 30)}"`)
        """;

    [Fact]
    public async Task EveryPage_OnLaptopAndPhone_NeverScrollsSidewaysAndNoTextUnder12Px()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser, Screens[0]);
        await SignInAsync(page);

        var pages = new List<string>(Pages);
        foreach (var (list, pattern) in DetailLinks)
        {
            await page.GotoAsync(list);
            var href = await page.EvaluateAsync<string?>(
                "pattern => [...document.querySelectorAll('main a')].map(a => a.getAttribute('href')).find(h => h && new RegExp(pattern).test(h)) ?? null", pattern);
            Assert.True(href is not null, $"{list} links to no detail page");
            pages.Add(href);
        }
        pages.Add(pages.Single(p => p.StartsWith("/surveys/", StringComparison.Ordinal) && p != "/surveys/new") + "/results");

        var problems = new List<string>();
        foreach (var (width, height) in Screens)
        {
            await page.SetViewportSizeAsync(width, height);
            foreach (var path in pages)
            {
                var response = await page.GotoAsync(path);
                Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
                var size = await page.EvaluateAsync<int[]>(WidthScript);
                if (size[0] > size[1])
                {
                    problems.Add($"{path} at {width} px is {size[0]} px wide");
                }
                problems.AddRange((await page.EvaluateAsync<string[]>(TinyTextScript)).Take(3).Select(t => $"{path} at {width} px: {t}"));
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Menu_OnPhone_FoldsBehindOneButtonThatOpensIt_AndTheThemeFollowsTheSystem()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser, Screens[1]);
        await SignInAsync(page);

        var campaigns = page.Locator("header nav a[href='/campaigns']");
        await Assertions.Expect(campaigns).ToBeHiddenAsync();
        await page.Locator(".menu-button").ClickAsync();
        await Assertions.Expect(campaigns).ToBeVisibleAsync();
        await campaigns.ClickAsync();
        await page.WaitForURLAsync("**/campaigns");
        Assert.Equal("page", await page.Locator("header nav a[href='/campaigns']").GetAttributeAsync("aria-current"));

        // On a laptop the menu is always there, without the button.
        await page.SetViewportSizeAsync(Screens[0].Width, Screens[0].Height);
        await Assertions.Expect(page.Locator("header nav a[href='/plan']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".menu-button")).ToBeHiddenAsync();

        const string Background = "() => getComputedStyle(document.body).backgroundColor";
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        var light = await page.EvaluateAsync<string>(Background);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        var dark = await page.EvaluateAsync<string>(Background);
        Assert.NotEqual(light, dark);
        Assert.True(Luminance(dark) < 0.2 && Luminance(light) > 0.8, $"light {light}, dark {dark}");
    }

    private async Task<IPage> NewPageAsync(IBrowser browser, (int Width, int Height) screen)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Server.Address.ToString(),
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
        });
        context.SetDefaultTimeout(Chromium.Timeout);
        return await context.NewPageAsync();
    }

    private async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.Locator("input[name=email]").FillAsync(site.Email);
        await page.Locator("input[name=password]").FillAsync(site.Password);
        await page.Locator("form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    /// <summary>"rgb(17, 24, 39)" → its lightness from 0 (black) to 1 (white), by the channels' mean.</summary>
    private static double Luminance(string color)
    {
        var channels = color[(color.IndexOf('(', StringComparison.Ordinal) + 1)..color.IndexOf(')', StringComparison.Ordinal)]
            .Split(',').Take(3).Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return channels.Average() / 255;
    }
}
