using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Orders;
using Clout.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Hosting;

/// <summary>
/// Text no database stores — bytes that are not UTF-8, an escaped lone surrogate, NUL — at every door that takes text:
/// refused with the field named, nothing stored, the same on SQLite and PostgreSQL (which cannot hold NUL), never a 500.
/// </summary>
public sealed class MalformedTextTests
{
    private const string Secret = "shpss_0123456789abcdef0123456789abcdef";

    private static CancellationToken Ct => WebTest.Ct;

    /// <summary>A JSON body as raw bytes: the test's text is Latin-1 so that "\xff" stays one byte that is not UTF-8.</summary>
    private static byte[] Raw(string json) => Encoding.Latin1.GetBytes(json);

    private static ByteArrayContent Json(byte[] body) => new(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };

    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task CreateOrder_MalformedText_Is400NamingTheFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        (string Body, string Field)[] cases =
        [
            ("""{"order_id":"\ud800","total":"10","currency":"EUR"}""", "order_id"),
            ("""{"order_id":"1","total":"10","currency":"EUR","referrer":"https://a.example/\u0000"}""", "referrer"),
            ("{\"order_id\":\"2\",\"total\":\"10\",\"currency\":\"EUR\",\"email\":\"a\xff@b.example\"}", "email"),
            ("""{"order_id":"3","total":"10","currency":"EUR","discount_codes":["MILA10","N\u0000"]}""", "discount_codes[1]"),
            ("""{"order_id":"4","total":"10","currency":"EUR","\udc00":"x"}""", "body"),
            ("""{"order_id":"5\u0000","total":"10","currency":"EUR"}""", "order_id"),
        ];

        foreach (var (body, field) in cases)
        {
            using var response = await client.PostAsync("/api/v1/orders", Json(Raw(body)), Ct);

            var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"{body}: {problem}");
            Assert.Matches("NUL|not valid Unicode", messages[0].GetString());
        }
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ShopifyWebhook_MalformedTextInAFieldItReads_Is422NamingItAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        using var client = app.Server.CreateClient();
        (string Body, string Field)[] cases =
        [
            (Shop.ShopifyOrder(1).Replace("\"id\":1,", "\"id\":\"\\ud800\",", StringComparison.Ordinal), "id"),
            (Shop.ShopifyOrder(2, landingSite: "/mug\\u0000"), "landing_site"),
            (Shop.ShopifyOrder(3, email: "ana\xff@example.com"), "email"),
            (Shop.ShopifyOrder(4, codes: """{"code":"MILA\u0000","amount":"5.00"}"""), "discount_codes[0].code"),
        ];

        foreach (var (body, field) in cases)
        {
            var bytes = Raw(body);
            using var request = Shop.Webhook("brand", "", WebhookSignature.Sign(Secret, bytes));
            request.Content = Json(bytes);
            using var response = await client.SendAsync(request, Ct);

            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.StartsWith(field + " ", problem.Detail(), StringComparison.Ordinal);
            Assert.Contains("nothing was stored", problem.Detail(), StringComparison.Ordinal);
        }
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task ShopifyWebhook_MalformedTextOrPropertyNameItIgnores_StoresTheOrder(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        using var client = app.Server.CreateClient();
        var body = Raw(Shop.ShopifyOrder(7).Replace("\"title\":\"Mug\"", "\"title\":\"M\\u0000\\ud800\xff\",\"\\udc00note\":1", StringComparison.Ordinal)
            .Replace("\"name\":", "\"\\ud800\":\"\\u0000\",\"name\":", StringComparison.Ordinal));
        using var request = Shop.Webhook("brand", "", WebhookSignature.Sign(Secret, body));
        request.Content = Json(body);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal("created", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.Equal(1, await shop.OrderCountAsync());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task SurveyResponse_MalformedText_Is422NamingTheFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        using var created = await client.PostAsync("/api/v1/surveys", Json(Raw("""{"template":"post_purchase"}""")), Ct);
        var id = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        using var published = await client.PostAsync($"/api/v1/surveys/{id}/publish", null, Ct);
        var live = await published.JsonAsync(HttpStatusCode.OK);
        var (publicId, version) = (live.GetProperty("public_id").GetString(), live.GetProperty("live_version").GetInt32());
        (string Answer, string Field)[] cases =
        [
            ("\"respondent_id\":\"r\\ud800\",\"answers\":{\"heard_from\":{\"option\":\"other\",\"text\":\"a friend\"}}", "respondent_id"),
            ("\"respondent_id\":\"r2\",\"order_id\":\"1\xfe\",\"answers\":{\"heard_from\":{\"option\":\"other\",\"text\":\"a friend\"}}", "order_id"),
            ("\"respondent_id\":\"r3\",\"answers\":{\"heard_from\":{\"option\":\"other\",\"text\":\"a\\u0000friend\"}}", "answers.heard_from.text"),
        ];
        using var anonymous = app.Server.CreateClient();

        foreach (var (answer, field) in cases)
        {
            using var response = await anonymous.PostAsync($"/api/v1/public/surveys/{publicId}/responses", Json(Raw($"{{\"version\":{version},{answer}}}")), Ct);

            var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"{answer}: {problem}");
        }
        Assert.Equal(0, await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().SurveyResponses.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Imports_MalformedText_Is422WithLineAndFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var jsonLines = Raw("""
            {"order_id":"1","at":"2026-03-10T12:00:00Z","total":"10","currency":"EUR"}
            {"order_id":"2","at":"2026-03-10T12:00:00Z","total":"10","currency":"EUR","landing_site":"https://shop.example/\ud800"}
            """);
        var ordersCsv = "order_id,at,total,currency,referrer\n1,2026-03-10T12:00:00Z,10,EUR,https://a.example/\0x\n";
        var clicksCsv = "link_code,at,visitor_id,user_agent\nmila-spring,2026-03-10T12:00:00Z,v1,Mozilla/5.0\nmila-spring,2026-03-10T12:00:00Z,v2,Mozilla\0\n";
        (string Kind, HttpContent Content, long Line, string Field)[] cases =
        [
            ("orders", new ByteArrayContent(jsonLines) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-ndjson") } }, 2, "landing_site"),
            ("orders", new StringContent(ordersCsv, Encoding.UTF8, "text/csv"), 2, "referrer"),
            ("clicks", new StringContent(clicksCsv, Encoding.UTF8, "text/csv"), 3, "user_agent"),
        ];

        foreach (var (kind, content, line, field) in cases)
        {
            using (content)
            {
                using var response = await client.PostAsync($"/api/v1/imports/{kind}", content, Ct);

                var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
                var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
                Assert.Equal((line, field), (error.GetProperty("line").GetInt64(), error.GetProperty("field").GetString()));
            }
        }
        Assert.Equal(0, await shop.OrderCountAsync());
        Assert.Equal(0, await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().Clicks.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task OtherDoors_Nul_IsRefusedNotA500(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();

        using var campaign = await client.PostAsync("/api/v1/campaigns", Json(Raw("""{"name":"Autumn\u0000","goal":"blend"}""")), Ct);
        using var lookup = await client.GetAsync("/api/v1/orders/a%00b", Ct);
        using var survey = await client.PostAsync("/api/v1/surveys", Json(Raw("""{"title":"Hello\u0000","template":"nps"}""")), Ct);

        Assert.StartsWith("name: contains a NUL", (await campaign.ProblemAsync(HttpStatusCode.BadRequest)).Detail(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, lookup.StatusCode); // Kestrel refuses a NUL in a path before routing
        Assert.Contains("surveys.title contains a NUL", (await survey.ProblemAsync(HttpStatusCode.BadRequest)).Detail(), StringComparison.Ordinal);
        Assert.Equal(0, await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().Surveys.CountAsync(Ct)));
    }
}
