using System.Net;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Orders;

public sealed class WooCommerceWebhookTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_SaveTimePing_Is200AndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(WooShop.Ping("brand"), Ct);

        Assert.Equal("ping", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.Equal((0, 0), (await shop.OrderCountAsync(), await DeliveryCountAsync(shop)));
    }

    [Theory]
    [InlineData("webhook_id=12&total=1", "application/x-www-form-urlencoded")]
    [InlineData("webhook_id=12", "application/json")]
    [InlineData("webhook_id=abc", "application/x-www-form-urlencoded")]
    [InlineData("""{"webhook_id":12}""", "application/x-www-form-urlencoded")]
    [InlineData("", "application/x-www-form-urlencoded")]
    public async Task Receive_UnsignedBodyThatIsNotExactlyThePing_Is401(string body, string contentType)
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(WooShop.Ping("brand", body, contentType), Ct);

        Assert.Contains("nothing was stored", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail());
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_PingForAWorkspaceWithoutWooCommerceSecret_Is401SoTheMerchantCannotSaveAWebhookThatWouldFail()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(WooShop.Secret); // Shopify's secret is not WooCommerce's
        using var client = app.Server.CreateClient();

        using var noSecret = await client.SendAsync(WooShop.Ping("brand"), Ct);
        using var noWorkspace = await client.SendAsync(WooShop.Ping("nobody"), Ct);

        await noSecret.ProblemAsync(HttpStatusCode.Unauthorized);
        await noWorkspace.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_SignedOrderWithCoupon_StoresOneOrderCreditedByTheCode(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        var body = WooShop.Order(727, coupons: WooShop.Coupon("noor15"), customerId: 42);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body), "2f5e1c0b9d"), Ct);

        var answer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("created", "727", "code"), (answer.GetProperty("outcome").GetString(),
            answer.GetProperty("order_id").GetString(), answer.GetProperty("attribution_source").GetString()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal((1, 1), (await shop.OrderCountAsync(), await DeliveryCountAsync(shop)));
        using var api = shop.Client();
        var order = await (await api.GetAsync("/api/v1/orders/727", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("woocommerce", 49.90m, "EUR", shop.Noor, "42"), (order.GetProperty("channel").GetString(), order.GetProperty("total").GetDecimal(),
            order.GetProperty("currency").GetString(), order.GetProperty("attributed_collaboration_id").GetInt64(), order.GetProperty("customer_id").GetString()));
        Assert.Equal(Shop.OrderAt, order.GetProperty("at").GetDateTime().ToUniversalTime()); // date_created_gmt, not the site's local date_created
        var stored = await shop.AllStoredTextAsync();
        Assert.DoesNotContain(stored, v => v.Contains("ana.buyer", StringComparison.OrdinalIgnoreCase) || v.Contains("203.0.113.7", StringComparison.Ordinal)
            || v.Contains("Mug Lane", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, v => v.Contains(WooShop.Secret, StringComparison.Ordinal)); // the secret is stored encrypted
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_SameDeliveryThreeTimesThenAnUpdate_StoresOneOrder(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        var created = WooShop.Order(5001, coupons: WooShop.Coupon("MILA10"));
        var updated = WooShop.Order(5001, status: "completed", coupons: WooShop.Coupon("MILA10"));
        using var client = app.Server.CreateClient();

        var outcomes = new List<string?>();
        foreach (var (body, delivery, topic) in new[] { (created, "d-1", "order.created"), (created, "d-1", "order.created"), (created, "d-1", "order.created"),
                     (updated, "d-2", "order.updated") })
        {
            using var response = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body), delivery, topic), Ct);
            outcomes.Add((await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        }

        Assert.Equal(["created", "duplicate_delivery", "duplicate_delivery", "already_stored"], outcomes);
        Assert.Equal(1, await shop.OrderCountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_ForgedSignature_Is401AndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        await shop.SetShopifySecretAsync("the-shopify-secret");
        var body = WooShop.Order(1, coupons: WooShop.Coupon("NOOR15"));
        var tampered = body.Replace("49.90", "0.01", StringComparison.Ordinal);
        using var client = app.Server.CreateClient();

        using var wrongSecret = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body, "not-the-secret")), Ct);
        using var shopifySecret = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body, "the-shopify-secret")), Ct);
        using var wrongBody = await client.SendAsync(WooShop.Delivery("brand", tampered, WooShop.Sign(body)), Ct);
        using var noSignature = await client.SendAsync(WooShop.Delivery("brand", body, null), Ct);
        using var garbage = await client.SendAsync(WooShop.Delivery("brand", body, "not base64!"), Ct);
        using var otherWorkspace = await client.SendAsync(WooShop.Delivery("nobody", body, WooShop.Sign(body)), Ct);

        foreach (var response in new[] { wrongSecret, shopifySecret, wrongBody, noSignature, garbage, otherWorkspace })
        {
            Assert.Contains("X-WC-Webhook-Signature", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail());
        }
        Assert.Equal((0, 0), (await shop.OrderCountAsync(), await DeliveryCountAsync(shop)));
    }

    [Fact]
    public async Task Receive_WorkspaceWithoutSecret_Is401()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        var body = WooShop.Order(1);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body)), Ct);

        Assert.Contains("nothing was stored", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail());
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Theory]
    [InlineData("_wc_order_attribution_session_entry", "https://shop.example.com/products/mug?clout_ref=Zr9_aa&utm_source=instagram")]
    [InlineData("clout_ref", "Zr9_aa")]
    [InlineData("_clout_ref", "Zr9_aa")]
    public async Task Receive_CloutRefInOrderMeta_CreditsTheClick(string key, string value)
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        var click = await shop.AddClickAsync(shop.Mila, "Zr9_aa", Shop.OrderAt.AddHours(-5));
        var body = WooShop.Order(7001, meta: WooShop.Meta(key, value));
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body), "d-7"), Ct);

        Assert.Equal("click", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("attribution_source").GetString());
        var order = await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().Orders.SingleAsync(Ct));
        Assert.Equal((click, shop.Mila), (order.ClickId, order.AttributedCollaborationId));
    }

    [Fact]
    public async Task Receive_PendingOrderThenPaidUpdate_StoresTheOrderOnlyOncePaid()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        var pending = WooShop.Order(8001, status: "pending", coupons: WooShop.Coupon("NOOR15"));
        var paid = WooShop.Order(8001, status: "processing", coupons: WooShop.Coupon("NOOR15"));
        using var client = app.Server.CreateClient();

        using var first = await client.SendAsync(WooShop.Delivery("brand", pending, WooShop.Sign(pending), "d-1"), Ct);
        Assert.Equal("ignored", (await first.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.Equal(0, await shop.OrderCountAsync());
        using var second = await client.SendAsync(WooShop.Delivery("brand", paid, WooShop.Sign(paid), "d-2", "order.updated"), Ct);

        Assert.Equal("created", (await second.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.Equal(1, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_GuestOrders_AreOneCustomerByTheHashedEmail()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        using var client = app.Server.CreateClient();

        foreach (var (id, email) in new[] { (9001L, "ana.buyer@example.com"), (9002L, " Ana.Buyer@Example.com ") })
        {
            var body = WooShop.Order(id, email: email);
            using var response = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body)), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var api = shop.Client();
        var first = (await (await api.GetAsync("/api/v1/orders/9001", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("customer_id").GetString();
        var second = (await (await api.GetAsync("/api/v1/orders/9002", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("customer_id").GetString();
        Assert.StartsWith("email:", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("""{"status":"processing","date_created_gmt":"2026-03-10T12:00:00","total":"10.00","currency":"EUR"}""", "id")]
    [InlineData("""{"id":1,"date_created_gmt":"2026-03-10T12:00:00","total":"10.00","currency":"EUR"}""", "status")]
    [InlineData("""{"id":1,"status":"processing","date_created_gmt":"2026-03-10T12:00:00","total":"abc","currency":"EUR"}""", "total")]
    [InlineData("""{"id":1,"status":"processing","date_created":"2026-03-10T12:00:00","total":"10.00","currency":"EUR"}""", "date_created_gmt")]
    [InlineData("""{"id":1,"status":"processing","date_created_gmt":"2026-03-10T12:00:00","total":"10.00","currency":"EURO"}""", "currency")]
    [InlineData("""{"id":1,"status":"processing","date_created_gmt":"2026-03-10T12:00:00","total":"10.00","currency":"EUR","coupon_lines":[{"code":"A\u0000"}]}""", "coupon_lines[0].code")]
    [InlineData("""{"id":1,"status":"processing","date_created_gmt":"2026-03-10T12:00:00","total":"10.00","currency":"EUR","billing":{"email":"\ud800"}}""", "billing.email")]
    [InlineData("""{"id":1,""", "JSON")]
    [InlineData("""[1,2]""", "JSON object")]
    public async Task Receive_SignedButMalformed_Is422NamingTheFieldAndStoresNothing(string body, string field)
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body)), Ct);

        var detail = (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Detail();
        Assert.Contains(field, detail);
        Assert.Contains("nothing was stored", detail);
        Assert.Equal((0, 0), (await shop.OrderCountAsync(), await DeliveryCountAsync(shop)));
    }

    [Fact]
    public async Task Receive_OtherTopic_IsAnsweredAndIgnored()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetWooCommerceSecretAsync(WooShop.Secret);
        var body = WooShop.Order(1);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body), topic: "order.deleted"), Ct);

        Assert.Equal("ignored", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    private static Task<int> DeliveryCountAsync(Shop shop) =>
        shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().WebhookDeliveries.CountAsync(Ct));
}
