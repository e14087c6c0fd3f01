using System.Net;
using System.Text.Json;
using Clout.Core.Access;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Tests.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Dashboard;

public sealed class CampaignPageTests
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task LiveFeed_NewClick_IsPushedWithoutAReload()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await CampaignEndpointTests.SeedAsync(app.Server);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Viewer, Ct);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "ana@acme.test", Password)).Dispose();
        var campaignId = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Where(c => c.Name == "Spring").Select(c => c.Id).SingleAsync(Ct));

        using var response = await client.GetAsync($"/campaigns/{campaignId}/live", HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
        var before = await NextSnapshotAsync(reader);
        await CampaignEndpointTests.AddClicksAsync(app.Server, workspace, "mila-spring", (DateTime.UtcNow, "v9", ClickKind.Human));
        var after = await NextSnapshotAsync(reader);

        Assert.Equal(0, before.GetProperty("clicks").GetInt32());
        Assert.Equal(1, after.GetProperty("clicks").GetInt32());
    }

    [Fact]
    public async Task NewCampaignForm_Analyst_CreatesAndRedirectsToTheCampaign()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Analyst, Ct);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "ana@acme.test", Password)).Dispose();
        var token = await DashboardLogin.AntiforgeryTokenAsync(client, "/campaigns");

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "Winter <Launch>", ["goal"] = "conversion", ["startsAt"] = "2026-12-01", ["endsAt"] = "2027-01-01", ["budget"] = "5000",
            [DashboardLogin.TokenField] = token,
        });
        using var created = await client.PostAsync("/campaigns", form, Ct);
        using var page = await client.GetAsync(created.Headers.Location!.OriginalString, Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("Winter &lt;Launch&gt;", html); // rendered escaped
        Assert.Contains("conversion · 2026-12-01 – 2026-12-31 · budget 5,000.00", html);
    }

    [Fact]
    public async Task CampaignPage_OrdersWithSignals_ShowWhoGetsTheCredit()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await CampaignEndpointTests.SeedAsync(app.Server);
        await CampaignEndpointTests.AddOrderAsync(app.Server, workspace, "o1", "mila-spring", DateTime.UtcNow.AddDays(-1), 4_990);
        await CampaignEndpointTests.AddOrderAsync(app.Server, workspace, "o2", "mila-spring", DateTime.UtcNow.AddDays(-1), 2_500);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Viewer, Ct);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "ana@acme.test", Password)).Dispose();
        var campaignId = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Select(c => c.Id).SingleAsync(Ct));

        var html = await (await client.GetAsync($"/campaigns/{campaignId}", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Who gets the credit", html);
        var row = System.Text.RegularExpressions.Regex.Match(html, "<td>@mila</td>((\\s*<td class=\"num\">\\d+</td>)+)");
        Assert.True(row.Success, "no reconciliation row for @mila");
        var counts = System.Text.RegularExpressions.Regex.Matches(row.Groups[1].Value, "\\d+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture));
        // With code 0, with click 2, with survey 0, code and click 0, won by code 0, by click 2, by survey 0.
        Assert.Equal([0, 2, 0, 0, 0, 2, 0], counts);
        Assert.DoesNotContain("add-collaboration", html); // a viewer gets no form
    }

    [Fact]
    public async Task CampaignPage_OtherWorkspacesCampaign_IsNotFound()
    {
        await using var app = await WebTest.StartAsync();
        var other = await CampaignEndpointTests.SeedAsync(app.Server);
        var otherCampaign = await app.Server.InScopeAsync(other, s => s.GetRequiredService<CloutDbContext>().Campaigns.Select(c => c.Id).FirstAsync(Ct));
        var mine = await app.Server.CreateWorkspaceAsync("mine", Ct);
        await app.Server.CreateUserAsync(mine, "me@mine.test", Password, Role.Owner, Ct);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "me@mine.test", Password)).Dispose();

        using var page = await client.GetAsync($"/campaigns/{otherCampaign}", Ct);
        using var live = await client.GetAsync($"/campaigns/{otherCampaign}/live", HttpCompletionOption.ResponseHeadersRead, Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, live.StatusCode);
    }

    private static async Task<JsonElement> NextSnapshotAsync(StreamReader reader)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        // How fast the feed pushes is measured in bench/live; here a slow machine only needs a generous limit.
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(line["data: ".Length..]);
                return json.RootElement.Clone();
            }
        }
        throw new InvalidOperationException("the event stream ended");
    }
}
