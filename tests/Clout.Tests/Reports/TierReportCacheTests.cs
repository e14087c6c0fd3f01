using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Reports;

/// <summary>
/// The tier report is cached while the data stay the same: every kind of write, through this server or another
/// process on the same database (a container of its own, as a second node or the command line would be), shows in
/// the next report.
/// </summary>
public sealed class TierReportCacheTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTiers_AfterEachKindOfWrite_ShowsTheNewNumbers(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        var first = await TiersAsync(client);
        Assert.Equal(first, await TiersAsync(client));
        Assert.Equal(6, Micro(first).GetProperty("posts").GetInt32());
        Assert.False(Micro(first).GetProperty("metrics").TryGetProperty("roi", out _));

        // An import through the API.
        using var import = await client.PostAsync("/api/v1/imports/posts", Csv("""
            post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions
            m3,mila,instagram,2026-03-12T10:00:00Z,photo,false,,900,100,0,0,,,
            """), Ct);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        var imported = await TiersAsync(client);
        Assert.Equal(7, Micro(imported).GetProperty("posts").GetInt32());

        // An order through the API.
        using var order = await client.PostAsync("/api/v1/orders", new StringContent(
            """{"order_id":"late-1","customer_id":"c-late","at":"2026-03-11T12:00:00Z","total":"5000.00","currency":"EUR","discount_codes":["STAR2"]}""",
            Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Created, order.StatusCode);
        var ordered = await TiersAsync(client);
        Assert.NotEqual(Metric(imported, "celebrity", "revenue"), Metric(ordered, "celebrity", "revenue"));

        // A setting changed by another process on the same database: the margin makes ROI appear.
        await using (var other = app.Database.CreateScope(workspace.Id, workspace.Name))
        {
            await other.ServiceProvider.GetRequiredService<WorkspaceSettingsStore>().SetGrossMarginAsync(workspace.Id, 0.5, Ct);
        }
        var margined = await TiersAsync(client);
        Assert.True(Micro(margined).GetProperty("metrics").TryGetProperty("roi", out _), "the margin set elsewhere shows as ROI");

        // Clicks and an edit of a stored row, both written by another process: no new id, no count of the app's own.
        await using (var other = app.Database.CreateScope(workspace.Id, workspace.Name))
        {
            var db = other.ServiceProvider.GetRequiredService<CloutDbContext>();
            var star3 = await db.Collaborations.Join(db.Influencers, c => c.InfluencerId, i => i.Id, (c, i) => new { c.Id, i.Handle })
                .Where(x => x.Handle == "star3").Select(x => x.Id).SingleAsync(Ct);
            for (var v = 0; v < 100; v++)
            {
                db.Clicks.Add(new Click
                {
                    CollaborationId = star3, OccurredAtUtc = SmallShop.SaleDay.AddMinutes(v), Ref = $"late-{v}", VisitorId = $"late-visitor-{v}",
                    Kind = ClickKind.Human, ReferrerHost = "www.instagram.com",
                });
            }
            await db.SaveChangesAsync(Ct);
        }
        var clicked = await TiersAsync(client);
        Assert.NotEqual(Metric(margined, "celebrity", "clicks"), Metric(clicked, "celebrity", "clicks"));

        await using (var other = app.Database.CreateScope(workspace.Id, workspace.Name))
        {
            var db = other.ServiceProvider.GetRequiredService<CloutDbContext>();
            await db.Posts.Where(p => p.ExternalId == "s2").ExecuteUpdateAsync(s => s.SetProperty(p => p.Likes, 79_000), Ct);
        }
        var edited = await TiersAsync(client);
        Assert.NotEqual(Metric(clicked, "celebrity", "engagement_rate"), Metric(edited, "celebrity", "engagement_rate"));
        Assert.Equal(edited, await TiersAsync(client));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DownloadPdf_AfterAWrite_PrintsTheNewReport(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        var before = await HtmlAsync(client);
        Assert.Equal(before, await HtmlAsync(client));
        await using (var other = app.Database.CreateScope(workspace.Id, workspace.Name))
        {
            var db = other.ServiceProvider.GetRequiredService<CloutDbContext>();
            await db.Posts.Where(p => p.ExternalId == "s2").ExecuteUpdateAsync(s => s.SetProperty(p => p.Likes, 79_000), Ct);
        }

        Assert.NotEqual(before, await HtmlAsync(client));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Leaderboard_PostEditedElsewhere_ShowsOnTheNextRequest(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        var before = await client.GetStringAsync("/api/v1/reports/influencers?format=csv", Ct);
        Assert.Equal(before, await client.GetStringAsync("/api/v1/reports/influencers?format=csv", Ct));

        await using (var other = app.Database.CreateScope(workspace.Id, workspace.Name))
        {
            var db = other.ServiceProvider.GetRequiredService<CloutDbContext>();
            await db.Posts.Where(p => p.ExternalId == "s2").ExecuteUpdateAsync(s => s.SetProperty(p => p.Likes, 79_000), Ct);
        }

        Assert.NotEqual(before, await client.GetStringAsync("/api/v1/reports/influencers?format=csv", Ct));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CampaignPage_ClicksWrittenElsewhere_ShowOnTheNextVisit(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await Campaigns.CampaignEndpointTests.SeedAsync(app.Server);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", Password, Core.Access.Role.Viewer, Ct);
        using var client = app.Server.CreateClient();
        (await Dashboard.DashboardLogin.SignInAsync(client, "ana@acme.test", Password)).Dispose();
        var campaignId = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Where(c => c.Name == "Spring").Select(c => c.Id).SingleAsync(Ct));
        Assert.Equal("0", await TotalClicksAsync(client, campaignId));
        Assert.Equal("0", await TotalClicksAsync(client, campaignId));

        await Campaigns.CampaignEndpointTests.AddClicksAsync(app.Server, workspace, "mila-spring", (DateTime.UtcNow, "v9", ClickKind.Human));

        Assert.Equal("1", await TotalClicksAsync(client, campaignId));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task InfluencersPage_PostsImportedElsewhere_ShowOnTheNextVisit(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(app.Server, workspace, Ct);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", Password, Core.Access.Role.Viewer, Ct);
        using var client = app.Server.CreateClient();
        (await Dashboard.DashboardLogin.SignInAsync(client, "ana@acme.test", Password)).Dispose();
        Assert.Equal("2", await PostsOfMilaAsync(client));

        await using (var other = app.Database.CreateScope(workspace.Id, workspace.Name))
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""
                post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,likes,comments,shares,saves,views,reach,impressions
                m3,mila,instagram,2026-03-12T10:00:00Z,photo,false,,900,100,0,0,,,
                """));
            var result = await other.ServiceProvider.GetRequiredService<Storage.Ingestion.Importer>()
                .ImportAsync(Storage.Ingestion.ImportKind.Posts, stream, Storage.Ingestion.ImportFormat.Csv, null, Ct);
            Assert.True(result.Succeeded);
        }

        Assert.Equal("3", await PostsOfMilaAsync(client));
    }

    [Fact]
    public async Task Pages_Answer_WithTheirServerTime()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/health", Ct);

        var timing = Assert.Single(response.Headers.GetValues("Server-Timing"));
        Assert.Matches(@"^app;dur=\d+\.\d$", timing);
    }

    private const string Password = "correct horse battery";

    private static async Task<string> TotalClicksAsync(HttpClient client, long campaignId)
    {
        var html = await client.GetStringAsync($"/campaigns/{campaignId}", Ct);
        return Regex.Match(html, "id=\"total-clicks\">([^<]*)<").Groups[1].Value;
    }

    /// <summary>The posts column of mila's row on the influencers page.</summary>
    private static async Task<string> PostsOfMilaAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/influencers", Ct);
        var row = Regex.Match(html, "<tr data-tier=\"[a-z]+\">\\s*<td><a href=\"/influencers/\\d+\">@mila</a>.*?</tr>",
            RegexOptions.Singleline).Value;
        return Regex.Matches(row, "<td class=\"num\">([^<]*)</td>")[1].Groups[1].Value;
    }

    private static async Task<string> TiersAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/reports/tiers", Ct);
        return (await response.JsonAsync(HttpStatusCode.OK)).ToString();
    }

    private static async Task<string> HtmlAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/reports/tiers?format=html", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        // The time of printing is in the page; what matters is the rest.
        return Regex.Replace(html, @"\d{4}-\d\d-\d\d \d\d:\d\d( UTC)?", "");
    }

    private static JsonElement Micro(string report) => Tier(report, "micro");

    private static JsonElement Tier(string report, string tier)
    {
        using var document = JsonDocument.Parse(report);
        return document.RootElement.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == tier).Clone();
    }

    private static string Metric(string report, string tier, string metric) =>
        Tier(report, tier).GetProperty("metrics").TryGetProperty(metric, out var value) ? value.ToString() : "absent";

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, MediaTypeHeaderValue.Parse("text/csv"));
}
