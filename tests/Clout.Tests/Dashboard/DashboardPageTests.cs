using System.Net;
using System.Text.RegularExpressions;
using Clout.Core.Access;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;

namespace Clout.Tests.Dashboard;

public sealed class DashboardPageTests
{
    private const string Email = "ana@acme.test";
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task Overview_WithoutSignIn_RedirectsToLogin()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        var absolute = location.IsAbsoluteUri ? location : new Uri(app.Server.Address, location);
        Assert.Equal("/account/login", absolute.AbsolutePath);
        Assert.Contains("ReturnUrl=%2F", absolute.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/influencers")]
    [InlineData("/influencers/1")]
    [InlineData("/charts/influencers/1.svg")]
    [InlineData("/reports/tiers.pdf")]
    [InlineData("/reports/tiers.html")]
    public async Task DashboardPages_WithoutSignIn_RedirectToLogin(string path)
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Login_RightPassword_SignsInAndShowsOverview(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password, returnUrl: "/");
        using var overview = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
        Assert.Contains(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("clout.auth=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        var html = await overview.Content.ReadAsStringAsync(Ct);
        Assert.Contains("id=\"tier-table\"", html);
        Assert.Contains($"<strong>{workspace.Name}</strong>", html);
        Assert.Contains("data-tier=\"micro\"", html);
        Assert.Contains("data-tier=\"celebrity\"", html);
        Assert.Contains("3.25 %", html); // micro median ER, SmallRoster.MicroEngagementRate
        // The charts come with the page, drawn from the report it built (one build per visit).
        Assert.Contains("data-chart=\"engagement_rate\"", html);
        Assert.Contains("class=\"chart-svg\"", html);
        Assert.Contains("<title>micro (n=3): 3.25 %", WebUtility.HtmlDecode(html)); // the bar's figures on hover
        Assert.DoesNotContain("id=\"conversion-table\"", html); // no clicks or orders recorded: no conversions table
        Assert.DoesNotContain("data-chart=\"conversion_rate\"", html);
    }

    [Fact]
    public async Task Overview_WithClicksAndOrders_ShowsConversionsTableWithMoneyInTwoDecimals()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        await app.Server.CreateUserAsync(workspace, Email, Password, Role.Analyst, Ct);
        using var client = app.Server.CreateClient();

        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password, returnUrl: "/");
        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("id=\"tier-table\"", html);
        Assert.Contains("id=\"conversion-table\"", html);
        Assert.Contains("Conversions (money in EUR)", html);
        // Celebrity CPA median 10,000.00 and micro 92.50; micro conversion rate 10.0 %.
        Assert.Contains("10,000.00", html);
        Assert.Contains("92.50", html);
        Assert.Contains("10.0 %", html);
        Assert.Contains("data-metric=\"roas\"", html);
        // A headline next to engagement; three accounts a side are too few to quote the 10x.
        Assert.Contains("not enough data to compare micro-influencers with celebrities on conversion rate (orders per visitor): n = 3 and 3, need 5 influencers each", html);
        Assert.Contains("data-chart=\"conversion_rate\"", html);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndDoesNotSignIn()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password + "!");
        using var overview = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var html = await signIn.Content.ReadAsStringAsync(Ct);
        Assert.Contains("do not match", html);
        Assert.DoesNotContain(signIn.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("clout.auth=", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
    }

    [Fact]
    public async Task Login_UnknownEmail_GetsTheSameAnswerAsAWrongPassword()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var signIn = await DashboardLogin.SignInAsync(client, "nobody@acme.test", Password);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("That e-mail and password do not match.", await signIn.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Login_PostWithoutAntiforgeryToken_IsRejected()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server);
        using var client = app.Server.CreateClient();
        await DashboardLogin.AntiforgeryTokenAsync(client); // the antiforgery cookie alone is not enough
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = Email, ["password"] = Password });

        using var response = await client.PostAsync(DashboardLogin.LoginPath, content, Ct);
        using var overview = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("clout.auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, overview.StatusCode);
    }

    [Fact]
    public async Task Login_ForeignReturnUrl_RedirectsHomeNotAway()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password, returnUrl: "https://evil.example/phish");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task InfluencerList_FilteredByTier_ListsOnlyThatTier()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, Email, Password)).Dispose();

        using var response = await client.GetAsync("/influencers?tier=celebrity", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("@star1", html);
        Assert.Contains("@star3", html);
        Assert.DoesNotContain("@mila", html);
        Assert.Contains("3 influencers", html);
    }

    [Fact]
    public async Task InfluencerPage_OfAnotherWorkspace_IsNotFound()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server);
        var other = await app.Server.CreateWorkspaceAsync("other", Ct);
        await app.Server.ImportCsvAsync(other, ImportKind.Influencers, SmallRoster.InfluencersCsv, Ct);
        await app.Server.ImportCsvAsync(other, ImportKind.Posts, SmallRoster.PostsCsv, Ct);
        var otherKey = await app.Server.CreateApiKeyAsync(other, Ct);
        using var api = app.Server.CreateClient(otherKey);
        var otherId = (await (await api.GetAsync("/api/v1/influencers", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("id").GetInt64();
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, Email, Password)).Dispose();

        using var page = await client.GetAsync($"/influencers/{otherId}", Ct);
        using var chart = await client.GetAsync($"/charts/influencers/{otherId}.svg", Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, chart.StatusCode);
    }

    [Fact]
    public async Task InfluencerPage_OwnInfluencer_ShowsPostsAndEngagementChart()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server);
        var key = await app.Server.CreateApiKeyAsync(workspace, Ct);
        using var api = app.Server.CreateClient(key);
        var mila = (await (await api.GetAsync("/api/v1/influencers?tier=micro", Ct)).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("handle").GetString() == "mila").GetProperty("id").GetInt64();
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, Email, Password)).Dispose();

        using var page = await client.GetAsync($"/influencers/{mila}", Ct);
        using var chart = await client.GetAsync($"/charts/influencers/{mila}.svg", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("@mila", html);
        Assert.Contains("3.25 %", html); // median of 2.5 % and 4.0 %
        Assert.Contains($"/charts/influencers/{mila}.svg", html);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        var svg = await chart.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<svg", svg);
        Assert.Contains("@mila: engagement rate by followers", svg); // the chart's title
    }

    [Fact]
    public async Task UnknownPage_Browser_GetsAnHtmlPageAndTheApiAProblem()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        page.Headers.Accept.ParseAdd("text/html");

        using var html = await client.SendAsync(page, Ct);
        using var api = await client.GetAsync("/no-such-page", Ct);

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Not found</h1>", await html.Content.ReadAsStringAsync(Ct));
        await api.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Logout_Post_EndsTheSession()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, Email, Password)).Dispose();
        using var overview = await client.GetAsync("/", Ct);
        var html = await overview.Content.ReadAsStringAsync(Ct);
        var token = Regex.Match(html, "action=\"/account/logout\">.*?name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"", RegexOptions.Singleline).Groups[1].Value;
        Assert.NotEmpty(token);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { [DashboardLogin.TokenField] = WebUtility.HtmlDecode(token) });

        using var logout = await client.PostAsync("/account/logout", content, Ct);
        using var after = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    /// <summary>Workspace "acme" with the small roster and an analyst login.</summary>
    private static async Task<WorkspaceInfo> SeedAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(server, workspace, Ct);
        await server.CreateUserAsync(workspace, Email, Password, Role.Analyst, Ct);
        return workspace;
    }
}
