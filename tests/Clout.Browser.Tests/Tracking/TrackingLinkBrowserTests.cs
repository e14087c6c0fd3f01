using System.Text;
using Clout.Core.Access;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Clout.Browser.Tests.Tracking;

/// <summary>
/// A person follows a tracking link in Chromium and lands on the shop (another local server); the marketer's
/// campaign page, open in another browser, counts the click without a reload.
/// </summary>
public sealed class TrackingLinkBrowserTests
{
    private const string Password = "correct horse battery";
    private const string PersonsBrowser =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    [Fact]
    public async Task TrackingLink_Followed_LandsOnShopAndCampaignPageCountsItLive()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var shop = await ShopAsync(ct);
        var landing = shop.Urls.First() + "/landing";
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await CloutServer.StartAsync(database.ConnectionString, ct);
        var workspace = await server.CreateWorkspaceAsync("acme", ct);
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, "handle,platform,followers\nmila,instagram,20000\n", ct);
        await server.ImportCsvAsync(workspace, ImportKind.Collaborations,
            $"campaign,influencer_handle,platform,fee,promo_code,link_code,destination_url\nSpring,mila,instagram,500,MILA10,mila-spring,{landing}\n", ct);
        await server.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Analyst, ct);
        var campaignId = await server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Select(c => c.Id).SingleAsync(ct));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        // The marketer, signed in, watches the campaign page.
        await using var marketerContext = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.Address.ToString() });
        var marketer = await marketerContext.NewPageAsync();
        marketer.SetDefaultTimeout(Chromium.Timeout);
        await marketer.GotoAsync("/account/login");
        await marketer.FillAsync("input[name=email]", "ana@acme.test");
        await marketer.FillAsync("input[name=password]", Password);
        await marketer.ClickAsync("button[type=submit]");
        await marketer.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await marketer.GotoAsync($"/campaigns/{campaignId}");
        await Assertions.Expect(marketer.Locator("#total-clicks")).ToHaveTextAsync("0");
        await Assertions.Expect(marketer.Locator("#live-status")).ToContainTextAsync("updated");
        var navigations = 0;
        marketer.FrameNavigated += (_, frame) => navigations += frame == marketer.MainFrame ? 1 : 0;

        // A follower, in a browser of their own (not signed in), taps the link in a post. Headless Chromium says
        // "HeadlessChrome", which the crawler list rightly flags; a person's browser does not.
        await using var followerContext = await browser.NewContextAsync(new BrowserNewContextOptions { UserAgent = PersonsBrowser });
        var follower = await followerContext.NewPageAsync();
        await follower.GotoAsync($"{server.Address}r/mila-spring");

        var arrived = new Uri(follower.Url);
        Assert.Equal(new Uri(landing).AbsolutePath, arrived.AbsolutePath);
        Assert.Contains("utm_content=mila", arrived.Query, StringComparison.Ordinal);
        Assert.Contains("clout_ref=", arrived.Query, StringComparison.Ordinal);
        Assert.Equal("Thanks for visiting", await follower.TextContentAsync("h1"));
        // Without a reload, the marketer's page shows the click: the feed pushes it (how fast is measured in bench/live).
        await Assertions.Expect(marketer.Locator("#total-clicks")).ToHaveTextAsync("1");
        await Assertions.Expect(marketer.Locator("tr[data-collaboration] [data-field=clicks]")).ToHaveTextAsync("1");
        Assert.Equal(0, navigations);
    }

    /// <summary>The shop: another web server on another port, with a landing page.</summary>
    private static async Task<WebApplication> ShopAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var shop = builder.Build();
        shop.MapGet("/landing", () => Results.Content("<!DOCTYPE html><title>Shop</title><h1>Thanks for visiting</h1>", "text/html", Encoding.UTF8));
        await shop.StartAsync(cancellationToken);
        return shop;
    }
}
