using System.Net;
using System.Text;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Webhooks;

namespace Clout.Tests.Orders;

public sealed class ShopifyWebhookTests
{
    private const string Secret = "shpss_0123456789abcdef0123456789abcdef";

    private static CancellationToken Ct => WebTest.Ct;

    private static string Sign(string body, string secret = Secret) => WebhookSignature.Sign(secret, Encoding.UTF8.GetBytes(body));

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_CorrectSignature_Is200AndStoresOneAttributedOrder(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        var body = Shop.ShopifyOrder(820982911946154508, codes: """{"code":"noor15","amount":"5.00","type":"fixed_amount"}""");
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body), "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043"), Ct);

        var answer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("created", "820982911946154508", "code"), (answer.GetProperty("outcome").GetString(),
            answer.GetProperty("order_id").GetString(), answer.GetProperty("attribution_source").GetString()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(1, await shop.OrderCountAsync());
        using var api = shop.Client();
        var order = await (await api.GetAsync("/api/v1/orders/820982911946154508", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("shopify", 49.90m, shop.Noor, "820982911946154509"), (order.GetProperty("channel").GetString(), order.GetProperty("total").GetDecimal(),
            order.GetProperty("attributed_collaboration_id").GetInt64(), order.GetProperty("customer_id").GetString()));
        Assert.Equal(new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc), order.GetProperty("at").GetDateTime().ToUniversalTime());
        var stored = await shop.AllStoredTextAsync();
        Assert.DoesNotContain(stored, v => v.Contains("ana.buyer", StringComparison.OrdinalIgnoreCase) || v.Contains("203.0.113.7", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, v => v.Contains(Secret, StringComparison.Ordinal)); // the secret is stored encrypted
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_ForgedSignature_Is401AndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        var body = Shop.ShopifyOrder(1);
        var tampered = body.Replace("49.90", "0.01", StringComparison.Ordinal);
        using var client = app.Server.CreateClient();

        using var wrongSecret = await client.SendAsync(Shop.Webhook("brand", body, Sign(body, "not-the-secret")), Ct);
        using var wrongBody = await client.SendAsync(Shop.Webhook("brand", tampered, Sign(body)), Ct);
        using var noSignature = await client.SendAsync(Shop.Webhook("brand", body, null), Ct);
        using var garbage = await client.SendAsync(Shop.Webhook("brand", body, "not base64!"), Ct);
        using var otherWorkspace = await client.SendAsync(Shop.Webhook("nobody", body, Sign(body)), Ct);

        foreach (var response in new[] { wrongSecret, wrongBody, noSignature, garbage, otherWorkspace })
        {
            Assert.Contains("nothing was stored", (await response.ProblemAsync(HttpStatusCode.Unauthorized)).Detail());
        }
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_WorkspaceWithoutSecret_Is401()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        var body = Shop.ShopifyOrder(1);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body)), Ct);

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_SameWebhookThreeTimes_StoresOneOrder(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        var body = Shop.ShopifyOrder(5001);
        using var client = app.Server.CreateClient();

        var outcomes = new List<string?>();
        foreach (var webhookId in new[] { "w-1", "w-1", "w-2" }) // two retries of one delivery, then a second delivery of the same order
        {
            using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body), webhookId), Ct);
            outcomes.Add((await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        }

        Assert.Equal(["created", "duplicate_delivery", "already_stored"], outcomes);
        Assert.Equal(1, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_SameEventIdWithoutWebhookId_CountsOnce()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        var body = Shop.ShopifyOrder(5101);
        using var client = app.Server.CreateClient();

        var outcomes = new List<string?>();
        for (var i = 0; i < 2; i++)
        {
            using var request = Shop.Webhook("brand", body, Sign(body));
            request.Headers.Add("X-Shopify-Event-Id", "98880550-7158-44d4-b7cd-2c97c8a091b5");
            using var response = await client.SendAsync(request, Ct);
            outcomes.Add((await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        }

        Assert.Equal(["created", "duplicate_delivery"], outcomes);
        Assert.Equal(1, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_ConcurrentDuplicates_StoreOneOrder()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        var body = Shop.ShopifyOrder(6001);
        using var client = app.Server.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.SendAsync(Shop.Webhook("brand", body, Sign(body), "w-1"), Ct)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_CloutRefInLandingSite_CreditsTheClick()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        await shop.AddClickAsync(shop.Mila, "Zr9_aa", Shop.OrderAt.AddHours(-5));
        var body = Shop.ShopifyOrder(7001, landingSite: "/products/mug?clout_ref=Zr9_aa&utm_source=instagram");
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body), "w-7"), Ct);

        Assert.Equal("click", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("attribution_source").GetString());
    }

    [Theory]
    [InlineData("""{"id":1,"created_at":"2026-03-10T12:00:00Z","total_price":"abc","currency":"EUR"}""")]
    [InlineData("""{"created_at":"2026-03-10T12:00:00Z","total_price":"10","currency":"EUR"}""")]
    [InlineData("""{"id":1,"created_at":"2026-03-10T12:00:00Z","total_price":"10","currency":"EURO"}""")]
    [InlineData("""{"id":1,""")]
    public async Task Receive_SignedButMalformed_Is422AndStoresNothing(string body)
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body)), Ct);

        await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_TwoMegabyteBody_Is413AndStoresNothing()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        var body = Shop.ShopifyOrder(1, landingSite: "/" + new string('x', 2 * 1024 * 1024));
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body)), Ct);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await shop.OrderCountAsync());
    }

    [Fact]
    public async Task Receive_OtherTopic_IsAnsweredAndIgnored()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        var body = Shop.ShopifyOrder(1);
        using var client = app.Server.CreateClient();

        using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body), topic: "orders/updated"), Ct);

        Assert.Equal("ignored", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString());
        Assert.Equal(0, await shop.OrderCountAsync());
    }
}
