using System.Net;
using Clout.Core.Access;
using Clout.Core.Campaigns;
using Clout.Storage.Campaigns;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Dashboard;

/// <summary>The overview as the answer: the programme strip, the six pillars, and the period and campaign filter in the URL.</summary>
public sealed class OverviewPageTests
{
    private const string Email = "ana@acme.test";
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overview_Period_ChangesTheProgrammeStripAndTheDownloadsCarryIt(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        using var client = await SignedInShopAsync(app);

        var all = await client.GetStringAsync("/", Ct);
        var after = await client.GetStringAsync("/?from=2026-03-11&to=2026-04-01", Ct);

        // SmallShop: 40,392.50 EUR of fees and products, 9 orders of 50.00 on 10 March; none from the 11th.
        Assert.Matches("data-kpi=\"spend\"><span class=\"kpi\">40,392.50</span>", all);
        Assert.Matches("data-kpi=\"revenue\"><span class=\"kpi\">450.00</span>", all);
        Assert.Matches("data-kpi=\"orders\"><span class=\"kpi\">9</span>", all);
        Assert.Matches("data-kpi=\"orders\"><span class=\"kpi\">0</span>", after);
        Assert.Matches("data-kpi=\"revenue\"><span class=\"kpi\">0.00</span>", after);
        Assert.Contains("href=\"/reports/tiers.pdf?from=2026-03-11&amp;to=2026-04-01\"", after);
        Assert.Contains("href=\"/reports/tiers.html?from=2026-03-11&amp;to=2026-04-01\"", after);
        Assert.Contains("Showing 2026-03-11 – 2026-03-31 (UTC days), all campaigns.", after);
        Assert.Contains("href=\"/reports/tiers.pdf\"", all);

        var file = await client.GetStringAsync("/reports/tiers.html?from=2026-03-11&to=2026-04-01", Ct);
        Assert.Contains("<dd id=\"period\">2026-03-11 – 2026-03-31</dd>", file);
        Assert.Contains("data-kpi=\"orders\">0</dd>", file);
    }

    [Fact]
    public async Task Overview_SixPillars_WithRoiHintWithoutMargin()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SignedInShopAsync(app);

        var html = await client.GetStringAsync("/", Ct);

        Assert.Contains("<h1>Do micro-influencers beat celebrities?", html);
        foreach (var pillar in new[] { "engagement", "trust", "conversion", "money", "loyalty", "audience-quality" })
        {
            Assert.Contains($"data-pillar=\"{pillar}\"", html);
        }
        // Three accounts a side: the money row has figures but names no winner, in words as well as colour.
        Assert.Matches("data-pillar=\"money\" data-outcome=\"unclear\"", html);
        Assert.Contains("<span class=\"outcome unclear\"><span aria-hidden=\"true\">?</span> Not enough data</span>", html);
        Assert.Contains("ROI needs the gross margin", html);
        // The detailed tables stay, below the answer.
        Assert.True(html.IndexOf("id=\"pillars\"", StringComparison.Ordinal) < html.IndexOf("id=\"tier-table\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/?from=2026-13-01", "&#x27;from&#x27; is not a date")]
    [InlineData("/?to=yesterday", "&#x27;to&#x27; is not a date")]
    [InlineData("/?from=2026-04-01&to=2026-03-01", "&#x27;from&#x27; must be before &#x27;to&#x27;")]
    [InlineData("/?campaign=Nope", "There is no campaign named &#x27;Nope&#x27;")]
    [InlineData("/?period=fortnight", "Unknown period &#x27;fortnight&#x27;")]
    public async Task Overview_BadFilter_SaysWhatIsWrongAndShowsAllTime(string path, string message)
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SignedInShopAsync(app);

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(message, html);
        Assert.Contains("Showing all time instead.", html);
        Assert.Contains("href=\"/reports/tiers.pdf\"", html);
        Assert.Matches("data-kpi=\"orders\"><span class=\"kpi\">9</span>", html);
    }

    [Fact]
    public async Task Overview_Campaign_IsKeptInTheFormAndTheDownloads()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SignedInShopAsync(app);

        var html = await client.GetStringAsync("/?campaign=Spring&period=all", Ct);

        Assert.Contains("<option value=\"Spring\" selected=\"selected\">Spring</option>", html);
        Assert.Contains("href=\"/reports/tiers.pdf?campaign=Spring\"", html);
        Assert.Contains("Showing all time, campaign Spring.", html);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Campaigns_Period_ListsTheCampaignsThatRunInIt(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (client, workspace) = await ShopAsync(app);
        using var signedIn = client;
        await app.Server.InScopeAsync(workspace, services => services.GetRequiredService<CampaignStore>().CreateAsync(new CampaignDraft(
            "Autumn", CampaignGoal.Blend, new DateTime(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc), null), Ct));

        var march = await client.GetStringAsync("/campaigns?from=2026-03-01&to=2026-04-01", Ct);
        var september = await client.GetStringAsync("/campaigns?from=2026-09-30&to=2026-10-01", Ct);
        var october = await client.GetStringAsync("/campaigns?from=2026-10-01&to=2026-11-01", Ct);
        var autumn = await client.GetStringAsync("/campaigns?campaign=Autumn", Ct);
        var wrong = await client.GetStringAsync("/campaigns?from=2026-02-30", Ct);

        // Spring has no dates, so it may run in any period; Autumn runs [1 September, 1 October).
        Assert.Contains(">Spring</a>", march);
        Assert.DoesNotContain(">Autumn</a>", march);
        Assert.Contains(">Autumn</a>", september);
        Assert.DoesNotContain(">Autumn</a>", october);
        Assert.DoesNotContain(">Spring</a>", autumn);
        Assert.Contains(">Autumn</a>", autumn);
        Assert.Contains("&#x27;from&#x27; is not a date", wrong);
        Assert.Contains(">Autumn</a>", wrong);
    }

    private static async Task<HttpClient> SignedInShopAsync(RunningApp app) => (await ShopAsync(app)).Client;

    private static async Task<(HttpClient Client, WorkspaceInfo Workspace)> ShopAsync(RunningApp app)
    {
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        await app.Server.CreateUserAsync(workspace, Email, Password, Role.Analyst, Ct);
        var client = app.Server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password, returnUrl: "/");
        return (client, workspace);
    }
}
