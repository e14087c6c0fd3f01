using System.Net;
using System.Net.Http.Json;
using Clout.Core.Attribution;
using Clout.Core.Orders;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Campaigns;

public sealed class CampaignEndpointTests
{
    internal const string Collaborations = """
        campaign,influencer_handle,platform,fee,product_cost,commission_rate,promo_code,link_code,destination_url
        Spring,mila,instagram,500,20,0.1,MILA10,mila-spring,https://shop.example/spring
        Spring,star1,instagram,20000,20,0,STAR10,star-spring,https://shop.example/spring
        """;

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Get_Campaign_CountsHumanClicksVisitorsPerDayAndCreditedOrders(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server);
        var day = new DateTime(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
        // mila: 3 human clicks by 2 visitors on day 1, the same visitor again on day 2 (a new day, a new visitor), one bot.
        await AddClicksAsync(app.Server, workspace, "mila-spring",
            (day, "v1", ClickKind.Human), (day.AddMinutes(5), "v1", ClickKind.Human), (day.AddHours(1), "v2", ClickKind.Human),
            (day.AddDays(1), "v1", ClickKind.Human), (day, "bot", ClickKind.Bot));
        await AddOrderAsync(app.Server, workspace, "o1", "mila-spring", day.AddHours(2), 4_990);
        await AddOrderAsync(app.Server, workspace, "o2", "mila-spring", day.AddDays(1).AddHours(1), 2_500);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        var detail = await (await client.GetAsync("/api/v1/campaigns/Spring", Ct)).JsonAsync(HttpStatusCode.OK);

        var mila = detail.GetProperty("collaborations").EnumerateArray().Single(c => c.GetProperty("influencer_handle").GetString() == "mila");
        Assert.Equal(4, mila.GetProperty("clicks").GetInt32());
        Assert.Equal(3, mila.GetProperty("unique_visitors").GetInt32()); // v1 and v2 on day 1, v1 on day 2
        Assert.Equal(2, mila.GetProperty("orders").GetInt32());
        Assert.Equal(74.90m, mila.GetProperty("revenue").GetDecimal());
        Assert.Equal(500m, mila.GetProperty("fee").GetDecimal());
        var days = detail.GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("clicks").GetInt32(), d.GetProperty("orders").GetInt32())).ToList();
        Assert.Equal([(3, 1), (1, 1)], days);
        Assert.Equal(20_500m, detail.GetProperty("campaign").GetProperty("fees").GetDecimal());
    }

    [Fact]
    public async Task Create_ThenList_ShowsTheCampaign()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var created = await client.PostAsJsonAsync("/api/v1/campaigns",
            new { name = "Autumn", goal = "conversion", starts_at = "2026-09-01", ends_at = "2026-10-01", budget = 12_000.50m }, Ct);
        var list = await (await client.GetAsync("/api/v1/campaigns", Ct)).JsonAsync(HttpStatusCode.OK);

        var body = await created.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/v1/campaigns/Autumn", created.Headers.Location?.OriginalString);
        Assert.Equal("conversion", body.GetProperty("goal").GetString());
        Assert.Equal(12_000.50m, body.GetProperty("budget").GetDecimal());
        Assert.Equal(["Autumn"], list.EnumerateArray().Select(c => c.GetProperty("name").GetString()));
    }

    [Theory]
    [InlineData("""{"name":"","goal":"blend"}""", "name")]
    [InlineData("""{"name":"X","goal":"fame"}""", "goal")]
    [InlineData("""{"name":"X","starts_at":"2026-05-01","ends_at":"2026-04-01"}""", "ends_at")]
    [InlineData("""{"name":"X","budget":10.005}""", "budget")]
    public async Task Create_BadCampaign_IsAProblemNamingTheFieldAndStoresNothing(string json, string field)
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync("/api/v1/campaigns", content, Ct)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(field + ":", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.CountAsync(Ct)));
    }

    [Fact]
    public async Task AddCollaboration_UnknownHandle_Is422NamingTheField_ValidOneIsSaved()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var unknown = await client.PostAsJsonAsync("/api/v1/campaigns/Spring/collaborations",
            new { influencer_handle = "nobody", platform = "instagram", fee = 100 }, Ct);
        using var valid = await client.PostAsJsonAsync("/api/v1/campaigns/Spring/collaborations",
            new { influencer_handle = "@Noor", platform = "instagram", fee = 250.5, promo_code = "NOOR15", link_code = "noor-spring", destination_url = "https://shop.example/n" }, Ct);

        var problem = await unknown.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("influencer_handle", problem.Detail(), StringComparison.Ordinal);
        var saved = await valid.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("noor", saved.GetProperty("influencer_handle").GetString());
        Assert.Equal(250.5m, saved.GetProperty("fee").GetDecimal());
        Assert.Equal("NOOR15", saved.GetProperty("promo_code").GetString());
    }

    [Fact]
    public async Task Get_UnknownCampaign_Is404Problem()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        await (await client.GetAsync("/api/v1/campaigns/Nope", Ct)).ProblemAsync(HttpStatusCode.NotFound);
    }

    internal static async Task<WorkspaceInfo> SeedAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(server, workspace, Ct);
        await server.ImportCsvAsync(workspace, ImportKind.Collaborations, Collaborations, Ct);
        return workspace;
    }

    internal static Task AddClicksAsync(CloutServer server, WorkspaceInfo workspace, string linkCode, params (DateTime At, string Visitor, ClickKind Kind)[] clicks) =>
        server.InScopeAsync(workspace, async s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            var collaboration = await db.Collaborations.SingleAsync(c => c.LinkCode == linkCode, Ct);
            db.Clicks.AddRange(clicks.Select(c => new Click
            {
                CollaborationId = collaboration.Id, OccurredAtUtc = c.At, VisitorId = c.Visitor, Kind = c.Kind, Ref = Guid.NewGuid().ToString("N"),
            }));
            return await db.SaveChangesAsync(Ct);
        });

    internal static Task AddOrderAsync(CloutServer server, WorkspaceInfo workspace, string orderId, string linkCode, DateTime at, long totalMinor) =>
        server.InScopeAsync(workspace, async s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            var collaboration = await db.Collaborations.SingleAsync(c => c.LinkCode == linkCode, Ct);
            db.Orders.Add(new Order
            {
                ExternalId = orderId, OccurredAtUtc = at, ReceivedAtUtc = at, TotalMinor = totalMinor, Currency = "EUR", Channel = OrderChannel.Api,
                ClickCollaborationId = collaboration.Id, AttributionSource = AttributionSource.Click, AttributedCollaborationId = collaboration.Id,
            });
            return await db.SaveChangesAsync(Ct);
        });
}
