using System.Net;
using System.Net.Http.Json;
using System.Text;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Orders;

public sealed class OrderEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_NewThenRepeated_Is201Then200WithTheStoredOrder(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        const string Order = """{"order_id":"1001","customer_id":"c-1","email":"Ana.Buyer@Example.com","at":"2026-03-10T12:00:00Z","total":"49.90","currency":"eur","discount_codes":["mila10"]}""";

        using var first = await client.PostAsync("/api/v1/orders", Json(Order), Ct);
        using var repeat = await client.PostAsync("/api/v1/orders", Json(Order.Replace("49.90", "1.00", StringComparison.Ordinal)), Ct);

        var created = await first.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/v1/orders/1001", first.Headers.Location?.OriginalString);
        Assert.Equal(("1001", "c-1", 49.90m, "EUR", "api"), (created.GetProperty("order_id").GetString(), created.GetProperty("customer_id").GetString(),
            created.GetProperty("total").GetDecimal(), created.GetProperty("currency").GetString(), created.GetProperty("channel").GetString()));
        Assert.Equal(("code", shop.Mila), (created.GetProperty("attribution_source").GetString(), created.GetProperty("attributed_collaboration_id").GetInt64()));
        Assert.Equal("MILA10", created.GetProperty("discount_codes")[0].GetString());
        var stored = await repeat.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(49.90m, stored.GetProperty("total").GetDecimal());
        Assert.Equal(created.ToString(), stored.ToString());
        Assert.Equal(1, await shop.OrderCountAsync());
        using var get = await client.GetAsync("/api/v1/orders/1001", Ct);
        Assert.Equal(created.ToString(), (await get.JsonAsync(HttpStatusCode.OK)).ToString());
        Assert.DoesNotContain(await shop.AllStoredTextAsync(), v => v.Contains("ana.buyer", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("""{"order_id":"1","total":"forty","currency":"EUR"}""", "total")]
    [InlineData("""{"order_id":"1","total":true,"currency":"EUR"}""", "total")]
    [InlineData("""{"total":"40","currency":"EUR"}""", "order_id")]
    [InlineData("""{"order_id":"","total":"40","currency":"EUR"}""", "order_id")]
    [InlineData("""{"order_id":"1","total":"40","currency":"EURO"}""", "currency")]
    [InlineData("""{"order_id":"1","total":"40"}""", "currency")]
    [InlineData("""{"order_id":"1","total":"-4","currency":"EUR"}""", "total")]
    [InlineData("""{"order_id":"1","total":"40","currency":"EUR","at":"last tuesday"}""", "at")]
    [InlineData("""{"order_id":"1","total":"40","currency":"EUR","discount_codes":[1,2]}""", "discount_codes")]
    [InlineData("""{"order_id":"1","total":"40","currency":"EUR","totl":"4"}""", "totl")]
    [InlineData("""{"order_id":"1","total":"40",""", "body")]
    [InlineData("""[]""", "body")]
    public async Task Create_MalformedOrder_Is400NamingTheFieldAndStoresNothing(string body, string field)
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();

        using var response = await client.PostAsync("/api/v1/orders", Json(body), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Contains("nothing was stored", problem.Detail());
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Create_TwoMegabyteBody_Is413AndStoresNothing()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var huge = $$"""{"order_id":"1","total":"40","currency":"EUR","landing_site":"/{{new string('x', 2 * 1024 * 1024)}}"}""";

        using var response = await client.PostAsync("/api/v1/orders", Json(huge), Ct);

        Assert.Contains("64 KiB", (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail());
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Create_WithoutKey_Is401()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = app.Server.CreateClient();

        using var response = await client.PostAsync("/api/v1/orders", Json("""{"order_id":"1","total":"40","currency":"EUR"}"""), Ct);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_Attribution_CodeBeatsClickAndEverySignalIsKept(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var click = await shop.AddClickAsync(shop.Noor, "noor-ref", Shop.OrderAt.AddDays(-1));
        using var client = shop.Client();

        using var response = await client.PostAsJsonAsync("/api/v1/orders",
            new { order_id = "1", at = Shop.OrderAt, total = 20, currency = "EUR", discount_codes = new[] { "Mila10" }, @ref = "noor-ref" }, Ct);

        var order = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("code", shop.Mila), (order.GetProperty("attribution_source").GetString(), order.GetProperty("attributed_collaboration_id").GetInt64()));
        var signals = order.GetProperty("signals");
        Assert.Equal((shop.Mila, shop.Noor, click), (signals.GetProperty("code_collaboration_id").GetInt64(),
            signals.GetProperty("click_collaboration_id").GetInt64(), signals.GetProperty("click_id").GetInt64()));
    }

    [Theory]
    [InlineData(ClickKind.Human, -2 * 24, "click")]
    [InlineData(ClickKind.Human, -8 * 24, "none")] // outside the 7-day window
    [InlineData(ClickKind.Bot, -1, "none")]
    [InlineData(ClickKind.Preview, -1, "none")]
    public async Task Create_ClickViaCloutRefInLandingSite_IsCreditedOnlyWhenHumanAndInWindow(ClickKind kind, int hoursBefore, string expected)
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        var click = await shop.AddClickAsync(shop.Mila, "k7Yq2pXr", Shop.OrderAt.AddHours(hoursBefore), kind);
        using var client = shop.Client();

        using var response = await client.PostAsJsonAsync("/api/v1/orders",
            new { order_id = "1", at = Shop.OrderAt, total = "20", currency = "EUR", landing_site = "https://shop.example/mug?utm_source=ig&clout_ref=k7Yq2pXr" }, Ct);

        var order = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(expected, order.GetProperty("attribution_source").GetString());
        if (expected == "click")
        {
            Assert.Equal((shop.Mila, click), (order.GetProperty("attributed_collaboration_id").GetInt64(), order.GetProperty("signals").GetProperty("click_id").GetInt64()));
        }
        else
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Null, order.GetProperty("signals").GetProperty("click_id").ValueKind);
        }
    }

    [Fact]
    public async Task Create_KeyOfAnotherWorkspace_DoesNotSeeItsOrders()
    {
        await using var app = await WebTest.StartAsync();
        var a = await Shop.CreateAsync(app.Server, "brand-a");
        var b = await Shop.CreateAsync(app.Server, "brand-b");
        using var clientA = a.Client();
        using var clientB = b.Client();

        using var created = await clientA.PostAsync("/api/v1/orders", Json("""{"order_id":"1","total":"40","currency":"EUR"}"""), Ct);
        using var other = await clientB.GetAsync("/api/v1/orders/1", Ct);
        using var again = await clientB.PostAsync("/api/v1/orders", Json("""{"order_id":"1","total":"40","currency":"EUR"}"""), Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await other.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode); // order ids are per shop: B's order 1 is another order
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportOrders_CsvWithABadRow_Is422WithLineAndFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var csv = string.Join("\n", "order_id,customer_id,at,total,currency,discount_codes,landing_site,ref",
            "1,c1,2026-03-10T12:00:00Z,49.90,EUR,MILA10;WELCOME,,",
            "2,c2,2026-03-10T12:00:00Z,49.90,EURO,,,",
            "3,c3,2026-03-10T12:00:00Z,10,EUR,,,");

        using var response = await client.PostAsync("/api/v1/imports/orders", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);
        using var fixedResponse = await client.PostAsync("/api/v1/imports/orders", new StringContent(csv.Replace("EURO", "EUR", StringComparison.Ordinal), Encoding.UTF8, "text/csv"), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal((3L, "currency"), (error.GetProperty("line").GetInt64(), error.GetProperty("field").GetString()));
        var imported = await fixedResponse.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("orders", 3), (imported.GetProperty("kind").GetString(), imported.GetProperty("inserted").GetInt32()));
        Assert.Equal(3, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task ImportClicks_Csv_IsStored()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        const string Csv = "link_code,at,visitor_id,user_agent,referrer\nmila-spring,2026-03-10T12:00:00Z,v1,Mozilla/5.0,\nnoor-spring,2026-03-10T12:00:00Z,v2,,";

        using var response = await client.PostAsync("/api/v1/imports/clicks", new StringContent(Csv, Encoding.UTF8, "text/csv"), Ct);

        Assert.Equal(2, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("inserted").GetInt32());
    }
}
