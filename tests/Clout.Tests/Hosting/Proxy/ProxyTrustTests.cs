using System.Net;
using System.Text.RegularExpressions;
using Clout.Access;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Clout.Tests.Tracking;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Clout.Tests.Hosting.Proxy;

/// <summary>
/// Clout behind a reverse proxy on the same machine, as nginx relays to it: the test client on 127.0.0.1 plays the
/// proxy, and X-Forwarded-For names the shopper it relays.
/// </summary>
public sealed partial class ProxyTrustTests
{
    private const string ShopperA = "203.0.113.1";
    private const string ShopperB = "203.0.113.2";
    private const string TrustLocalProxy = "--Clout:Proxy:KnownProxies=10.0.0.5, 127.0.0.1";
    private const string TwoClicksAMinute = "--Clout:Tracking:PermitsPerMinute=2";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Redirect_BehindTrustedProxy_EachShopperIsAVisitorWithItsOwnRateLimit(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider, settings: [TrustLocalProxy, TwoClicksAMinute]);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        var a = await ClicksAsync(client, ShopperA, ShopperA, "198.51.100.7, " + ShopperA);
        var b = await ClicksAsync(client, ShopperB, "198.51.100.7, " + ShopperB);

        // Not exempt as loopback although the proxy is: the third click of shopper A is over its own limit, while
        // shopper B, with the same address written at the left by the client itself, has a bucket of its own.
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], a);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect], b);
        var visitors = (await TrackingLinkSeed.ClicksAsync(app.Server)).Select(c => c.VisitorId).ToList();
        Assert.Equal(4, visitors.Count);
        Assert.Equal(visitors[0], visitors[1]);
        Assert.Equal(visitors[2], visitors[3]);
        Assert.NotEqual(visitors[0], visitors[2]);
        var proxy = await ProxyCheckAsync(app.Server);
        Assert.Equal(HealthStatus.Healthy, proxy.Status);
        Assert.Contains("10.0.0.5, 127.0.0.1", proxy.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null)]
    [InlineData(DatabaseProvider.Sqlite, "--Clout:Proxy:KnownNetworks=10.0.0.0/8")]
    [InlineData(DatabaseProvider.Postgres, null)]
    public async Task Redirect_ForwardedForFromUntrustedAddress_IgnoredNotExemptAndReadinessDegraded(DatabaseProvider provider, string? setting)
    {
        await using var app = await WebTest.StartAsync(provider, settings: [TwoClicksAMinute, .. setting is null ? Array.Empty<string>() : [setting]]);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        var statuses = await ClicksAsync(client, ShopperA, ShopperB, "198.51.100.7");

        // One visitor and one bucket, the connection's: and relayed by some proxy, so not the machine's own request.
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        var clicks = await TrackingLinkSeed.ClicksAsync(app.Server);
        Assert.Equal(2, clicks.Count);
        Assert.Equal(clicks[0].VisitorId, clicks[1].VisitorId);
        var proxy = await ProxyCheckAsync(app.Server);
        Assert.Equal(HealthStatus.Degraded, proxy.Status);
        Assert.Equal("forwarded headers from untrusted 127.0.0.1 ignored: set Clout:Proxy:KnownProxies", proxy.Description);
        using var health = await client.GetAsync("/health", Ct);
        Assert.Equal("Degraded", await health.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Redirect_NoProxySettingAndNoForwardedHeaders_LoopbackStillExemptAndReadinessHealthy()
    {
        await using var app = await WebTest.StartAsync(settings: [TwoClicksAMinute]);
        await TrackingLinkSeed.SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.SendAsync(TrackingLinkSeed.Request(TrackingLinkSeed.Code), Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Redirect, s));
        var proxy = await ProxyCheckAsync(app.Server);
        Assert.Equal(HealthStatus.Healthy, proxy.Status);
        Assert.StartsWith("no proxy is trusted", proxy.Description, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_ForwardedProtoHttps_EveryCookieSecureAndHsts(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider, settings: [TrustLocalProxy]);
        var (login, signIn) = await SignInAsync(app, "https");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = SetCookies(login).Concat(SetCookies(signIn)).ToList();
        Assert.Contains(cookies, c => c.StartsWith(AccessServices.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("max-age=", Assert.Single(login.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.True(signIn.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TrustLocalProxy)]
    public async Task SignIn_PlainHttp_NoSecureCookieAndNoHsts(string? setting)
    {
        await using var app = await WebTest.StartAsync(settings: setting is null ? [] : [setting]);
        // Without a trusted proxy the header is a client's claim and changes nothing.
        var (login, signIn) = await SignInAsync(app, setting is null ? "https" : null);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookies = SetCookies(login).Concat(SetCookies(signIn)).ToList();
        Assert.Contains(cookies, c => c.StartsWith(AccessServices.CookieName + "=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.False(login.Headers.Contains("Strict-Transport-Security"));
        Assert.False(signIn.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>Follows the tracking link once per forwarded address, as the proxy relays each click.</summary>
    private static async Task<List<HttpStatusCode>> ClicksAsync(HttpClient client, params string[] forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var address in forwardedFor)
        {
            using var request = TrackingLinkSeed.Request(TrackingLinkSeed.Code);
            request.Headers.Add("X-Forwarded-For", address);
            using var response = await client.SendAsync(request, Ct);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    /// <summary>
    /// The login form and its post, relayed as the proxy does (cookies handled by hand: a cookie jar would not send a
    /// Secure cookie over the test's plain http); the Host is the site's public name, as a browser sends it.
    /// </summary>
    private static async Task<(HttpResponseMessage Login, HttpResponseMessage SignIn)> SignInAsync(RunningApp app, string? forwardedProto)
    {
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", "correct horse battery", Role.Owner, Ct);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Server.Address };
        client.DefaultRequestHeaders.Host = "clout.example";
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ShopperA);
        if (forwardedProto is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-Proto", forwardedProto);
        }
        var login = await client.GetAsync(DashboardLogin.LoginPath, Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = WebUtility.HtmlDecode(TokenInput().Match(await login.Content.ReadAsStringAsync(Ct)).Groups["token"].Value);
        using var post = new HttpRequestMessage(HttpMethod.Post, DashboardLogin.LoginPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["email"] = "ana@acme.test", ["password"] = "correct horse battery", [DashboardLogin.TokenField] = token,
            }),
        };
        post.Headers.Add("Cookie", string.Join("; ", SetCookies(login).Select(c => c.Split(';')[0])));
        return (login, await client.SendAsync(post, Ct));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static Task<HealthReportEntry> ProxyCheckAsync(CloutServer server) =>
        server.InScopeAsync(null, async services =>
            (await services.GetRequiredService<HealthCheckService>().CheckHealthAsync(c => c.Name == "proxy", Ct)).Entries["proxy"]);

    [GeneratedRegex(""""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<token>[^"]+)"""")]
    private static partial Regex TokenInput();
}
