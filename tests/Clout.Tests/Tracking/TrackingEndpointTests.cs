using System.Net;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Microsoft.AspNetCore.WebUtilities;

namespace Clout.Tests.Tracking;

public sealed class TrackingEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Redirect_KnownCode_RedirectsWithUtmAndRefOfStoredClick(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();
        using var request = TrackingLinkSeed.Request(TrackingLinkSeed.Code);
        request.Headers.Referrer = new Uri("https://l.instagram.com/");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        var location = response.Headers.Location!;
        Assert.Equal("https://shop.example/products/tea", location.GetLeftPart(UriPartial.Path));
        Assert.Equal("#reviews", location.Fragment);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("green", query["color"]);
        Assert.Equal("instagram", query["utm_source"]);
        Assert.Equal("influencer", query["utm_medium"]);
        Assert.Equal("Spring Sale", query["utm_campaign"]);
        Assert.Equal("mila", query["utm_content"]);
        var click = Assert.Single(await TrackingLinkSeed.ClicksAsync(app.Server));
        Assert.Equal(query["clout_ref"].ToString(), click.Ref);
        Assert.Equal((BrowserFamily.Safari, OsFamily.IOS, DeviceClass.Mobile), (click.Browser, click.Os, click.Device));
        Assert.Equal("l.instagram.com", click.ReferrerHost);
        Assert.Equal(ClickKind.Human, click.Kind);
        Assert.Equal(64, click.VisitorId.Length);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Redirect_UserAgentAndReferrerWithSecrets_StoresOnlyTraitsAndTheReferrersHost(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();
        const string InstagramOnAndroid = "Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 Instagram 346.0.0.34.108 Android (34/14; 420dpi; 1080x2400; Google/google; Pixel 8)";
        using var request = TrackingLinkSeed.Request(TrackingLinkSeed.Code, InstagramOnAndroid);
        request.Headers.Referrer = new Uri("https://Mail.Example.com:8443/inbox/read?email=ana%40example.com&token=s3cr3t-t0ken#msg-1");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var click = Assert.Single(await TrackingLinkSeed.ClicksAsync(app.Server));
        Assert.Equal("mail.example.com", click.ReferrerHost);
        Assert.Equal((BrowserFamily.Instagram, OsFamily.Android, DeviceClass.Mobile), (click.Browser, click.Os, click.Device));
        // Every column of the clicks table as the database holds it: no trace of the user agent or the referrer's path and query.
        var stored = await TrackingLinkSeed.StoredClickTextAsync(app.Server);
        Assert.NotEmpty(stored);
        foreach (var secret in new[] { "Mozilla", "Pixel 8", "Instagram 346", "inbox", "email=", "ana%40example", "ana@example", "s3cr3t", "msg-1", ":8443" })
        {
            Assert.DoesNotContain(stored, v => v.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Redirect_Head_SameRedirectCountedAsHead()
    {
        await using var app = await WebTest.StartAsync();
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code, method: HttpMethod.Head), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://shop.example/products/tea?", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(ClickKind.Head, Assert.Single(await TrackingLinkSeed.ClicksAsync(app.Server)).Kind);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", ClickKind.Bot)]
    [InlineData("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", ClickKind.Preview)]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", ClickKind.Preview)]
    [InlineData(null, ClickKind.Bot)]
    public async Task Redirect_MachineUserAgent_RedirectsAndMarksKind(string? userAgent, ClickKind kind)
    {
        await using var app = await WebTest.StartAsync();
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code, userAgent), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(kind, Assert.Single(await TrackingLinkSeed.ClicksAsync(app.Server)).Kind);
    }

    [Theory]
    [InlineData("no-such-code")]
    [InlineData("bad%20code%3Cscript%3E")]
    public async Task Redirect_UnknownCode_NotFoundPageAndNothingStored(string code)
    {
        await using var app = await WebTest.StartAsync();
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(TrackingLinkSeed.Request(code), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("script", await response.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await TrackingLinkSeed.ClicksAsync(app.Server));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Redirect_DestinationOffShopDomains_RefusedAndNothingStored(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        await TrackingLinkSeed.SeedAsync(app.Server, shopDomains: "shop.example, www.shop.example");
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.OffShopCode), Ct);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Empty(await TrackingLinkSeed.ClicksAsync(app.Server));
    }

    [Fact]
    public async Task Redirect_NoShopDomainsConfigured_AnyHttpsDestination()
    {
        await using var app = await WebTest.StartAsync();
        await TrackingLinkSeed.SeedAsync(app.Server, shopDomains: null);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.OffShopCode), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("elsewhere.example", response.Headers.Location!.Host);
        Assert.Equal("tiktok", QueryHelpers.ParseQuery(response.Headers.Location.Query)["utm_source"]);
    }

    [Fact]
    public async Task Redirect_SameAddressAndBrowserTwice_OneVisitorAndNoRawAddressStored()
    {
        await using var app = await WebTest.StartAsync();
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var first = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct);
        using var second = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct);
        using var otherBrowser = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code, "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"), Ct);

        var clicks = await TrackingLinkSeed.ClicksAsync(app.Server);
        Assert.Equal(3, clicks.Count);
        Assert.Equal(clicks[0].VisitorId, clicks[1].VisitorId);
        Assert.NotEqual(clicks[0].VisitorId, clicks[2].VisitorId);
        Assert.NotEqual(clicks[0].Ref, clicks[1].Ref);
        foreach (var text in clicks.SelectMany(c => new[] { c.Ref, c.VisitorId, c.Kind.ToName(), c.ReferrerHost }))
        {
            Assert.DoesNotContain("127.0.0.1", text ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Redirect_SignedInUserOfWorkspace_Internal()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await TrackingLinkSeed.SeedAsync(app.Server);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", "correct horse battery", Role.Analyst, Ct);
        using var client = app.Server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, "ana@acme.test", "correct horse battery", returnUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ClickKind.Internal, Assert.Single(await TrackingLinkSeed.ClicksAsync(app.Server)).Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Redirect_ManyAtOnce_EveryRedirectedClickStored(DatabaseProvider provider)
    {
        const int Requests = 300;
        await using var app = await WebTest.StartAsync(provider);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async _ =>
        {
            using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct);
            return (response.StatusCode, Ref: QueryHelpers.ParseQuery(response.Headers.Location?.Query)["clout_ref"].ToString());
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var stored = (await TrackingLinkSeed.ClicksAsync(app.Server)).Select(c => c.Ref).ToHashSet();
        Assert.Equal(Requests, stored.Count);
        Assert.All(responses, r => Assert.Contains(r.Ref, stored));
    }
}
