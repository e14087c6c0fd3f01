using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Cli;
using Clout.Tests.Orders;
using Clout.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Limits;

/// <summary>Every door refuses a count or an amount beyond any real one, names where it is, and stores nothing.</summary>
public sealed class AbsurdInputTests
{
    private const string Secret = "shpss_test_secret";
    private const string LongMax = "9223372036854775807";
    private const string TooMuchMoney = "92233720368547758.07";

    private static CancellationToken Ct => WebTest.Ct;

    public static TheoryData<DatabaseProvider, string, string, int, string> Files()
    {
        var data = new TheoryData<DatabaseProvider, string, string, int, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            data.Add(provider, "posts", $"post_id,influencer_handle,platform,published_at,likes,comments\np1,mila,instagram,2026-03-01T10:00:00Z,400,10\np2,mila,instagram,2026-03-02T10:00:00Z,{LongMax},10", 3, "likes");
            data.Add(provider, "posts", "post_id,influencer_handle,platform,published_at,likes,comments,views\np1,mila,instagram,2026-03-01T10:00:00Z,400,10,100000000001", 2, "views");
            data.Add(provider, "influencers", "handle,platform,followers\nbig,instagram,100000000001", 2, "followers");
            data.Add(provider, "followers", $"influencer_handle,platform,date,followers\nmila,instagram,2026-03-01,{LongMax}", 2, "followers");
            data.Add(provider, "orders", $"order_id,at,total,currency\no1,2026-03-01T10:00:00Z,{TooMuchMoney},EUR\no2,2026-03-01T11:00:00Z,{TooMuchMoney},EUR", 2, "total");
            data.Add(provider, "collaborations", "campaign,influencer_handle,platform,fee\nSpring,mila,instagram,1000000000000.01", 2, "fee");
            data.Add(provider, "collaborations", $"campaign,influencer_handle,platform,fee,product_cost\nSpring,mila,instagram,100,{TooMuchMoney}", 2, "product_cost");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Import_AbsurdNumber_IsRefusedNamingLineAndFieldAndStoresNothing(DatabaseProvider provider, string kind, string csv, int line, string field)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (workspace, client) = await RosterAsync(app.Server);
        var before = await RowsAsync(app.Server, workspace);

        using var response = await client.PostAsync($"/api/v1/imports/{kind}", Csv(csv), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = problem.GetProperty("errors").EnumerateArray().First();
        Assert.Equal(line, error.GetProperty("line").GetInt64());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.Contains("is above", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await RowsAsync(app.Server, workspace));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportJson_AbsurdLikes_IsRefusedNamingRecordAndField(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (workspace, client) = await RosterAsync(app.Server);
        const string Json = $$"""
            [{"post_id":"j1","influencer_handle":"mila","platform":"instagram","published_at":"2026-03-01T10:00:00Z","likes":10,"comments":2},
             {"post_id":"j2","influencer_handle":"mila","platform":"instagram","published_at":"2026-03-02T10:00:00Z","likes":{{LongMax}},"comments":2}]
            """;
        using var content = new StringContent(Json, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/imports/posts", content, Ct);

        var error = Assert.Single((await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateArray());
        Assert.Equal("likes", error.GetProperty("field").GetString());
        Assert.True(error.GetProperty("line").GetInt64() > 0);
        Assert.Contains("100,000,000,000", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Posts.CountAsync(Ct)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OrdersApi_AbsurdTotal_Is400NamingTotalAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var body = $$"""{"order_id":"1","at":"2026-03-10T12:00:00Z","total":"{{TooMuchMoney}}","currency":"EUR"}""";

        using var response = await client.PostAsync("/api/v1/orders", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("is above", problem.GetProperty("errors").GetProperty("total")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ShopifyWebhook_AbsurdTotal_Is422NotRetriedAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        using var client = app.Server.CreateClient();
        var body = Shop.ShopifyOrder(7, total: TooMuchMoney);

        using var response = await client.SendAsync(Shop.Webhook("brand", body, WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(body))), Ct);

        // A 4xx: Shopify retries a 5xx, and this order will never be stored.
        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("total", problem.Detail(), StringComparison.Ordinal);
        Assert.Contains("is above", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CampaignsApi_AbsurdBudgetOrFee_IsAProblemNamingTheFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (workspace, client) = await RosterAsync(app.Server);

        using var campaign = await client.PostAsJsonAsync("/api/v1/campaigns", new { name = "Autumn", budget = 1_000_000_000_000.01m }, Ct);
        using var spring = await client.PostAsJsonAsync("/api/v1/campaigns", new { name = "Spring" }, Ct);
        using var fee = await client.PostAsJsonAsync("/api/v1/campaigns/Spring/collaborations",
            new { influencer_handle = "mila", platform = "instagram", fee = decimal.Parse(TooMuchMoney, System.Globalization.CultureInfo.InvariantCulture) }, Ct);

        Assert.StartsWith("budget: ", (await campaign.ProblemAsync(HttpStatusCode.BadRequest)).Detail(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, spring.StatusCode);
        var feeProblem = await fee.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("fee", feeProblem.ToString(), StringComparison.Ordinal);
        Assert.Contains("is above", feeProblem.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Spring"], await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Select(c => c.Name).ToListAsync(Ct)));
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Collaborations.CountAsync(Ct)));
    }

    [Fact]
    public async Task PlansApi_AbsurdBudget_Is422NamingTheBudget()
    {
        await using var app = await WebTest.StartAsync();
        var (_, client) = await RosterAsync(app.Server);

        using var response = await client.PostAsJsonAsync("/api/v1/plans", new { budget = 1e15m, goal = "reach" }, Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("is above", problem.GetProperty("errors").GetProperty("budget")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cli_AbsurdTierThresholdOrBudget_IsRefusedNamingIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await CloutProcess.RunAsync(database.ConnectionString, "workspace", "create", "brand")).ExitCode);

        var tiers = await CloutProcess.RunAsync(database.ConnectionString, "workspace", "tiers", "--workspace", "brand", "--celebrity-from", LongMax);
        var plan = await CloutProcess.RunAsync(database.ConnectionString, "plan", "--workspace", "brand", "--budget", "1000000000000000", "--goal", "reach");

        Assert.True(tiers.ExitCode != 0, tiers.ToString());
        Assert.Contains("celebrity threshold must be at most 100,000,000,000", tiers.ErrorText, StringComparison.Ordinal);
        Assert.True(plan.ExitCode != 0, plan.ToString());
        Assert.Contains("is above 1,000,000,000,000", plan.ErrorText, StringComparison.Ordinal);
        await using var scope = database.CreateScope();
        Assert.Equal(1_000_000, await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Workspaces.Select(w => w.CelebrityFrom).SingleAsync(Ct));
    }

    private static StringContent Csv(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    /// <summary>Every row of the kinds the imports above write, counted together: nothing may change.</summary>
    private static Task<int> RowsAsync(CloutServer server, WorkspaceInfo workspace) =>
        server.InScopeAsync(workspace, async s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            return await db.Posts.CountAsync(Ct) + await db.Influencers.CountAsync(Ct) + await db.FollowerSnapshots.CountAsync(Ct)
                + await db.Orders.CountAsync(Ct) + await db.Collaborations.CountAsync(Ct) + await db.Campaigns.CountAsync(Ct);
        });

    private static async Task<(WorkspaceInfo Workspace, HttpClient Client)> RosterAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await server.ImportCsvAsync(workspace, ImportKind.Influencers, SmallRoster.InfluencersCsv, Ct);
        return (workspace, server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct)));
    }
}
