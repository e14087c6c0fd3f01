using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Orders;

/// <summary>The order doors' group commit: many requests at once, one transaction for many orders, today's duplicate rules.</summary>
public sealed class OrderGroupCommitTests
{
    private const string Secret = "shpss_0123456789abcdef0123456789abcdef";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Receive_ManyConcurrentDeliveriesSomeRepeated_StoresEachOrderAndDeliveryOnce(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await shop.SetShopifySecretAsync(Secret);
        using var sizes = CommitSizes.Of(app);
        // 60 orders, each delivered once; 20 retries of some deliveries (same webhook id); 10 second deliveries of some orders.
        var deliveries = Enumerable.Range(0, 60).Select(i => (Order: 7000L + i, WebhookId: $"w-{i}"))
            .Concat(Enumerable.Range(0, 20).Select(i => (Order: 7000L + i, WebhookId: $"w-{i}")))
            .Concat(Enumerable.Range(40, 10).Select(i => (Order: 7000L + i, WebhookId: $"again-{i}")))
            .OrderBy(d => HashCode.Combine(d.Order, d.WebhookId)).ToList();
        using var client = app.Server.CreateClient();

        var outcomes = await Task.WhenAll(deliveries.Select(async d =>
        {
            var body = Shop.ShopifyOrder(d.Order);
            using var response = await client.SendAsync(Shop.Webhook("brand", body, Sign(body), d.WebhookId), Ct);
            return (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("outcome").GetString();
        }));

        Assert.Equal(60, outcomes.Count(o => o == "created"));
        Assert.Equal(30, outcomes.Count(o => o is "duplicate_delivery" or "already_stored"));
        Assert.Equal(60, await shop.OrderCountAsync());
        // A second delivery of a stored order is not recorded (as one by one); every first one is.
        Assert.Equal(60, await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().WebhookDeliveries.CountAsync(Ct)));
        Assert.Equal(1, await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().Customers.CountAsync(c => c.ExternalId == "7001", Ct)));
        Assert.Equal(90, sizes.Total);
        Assert.True(sizes.Largest > 1, "90 concurrent deliveries were committed one by one");
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_OrderTheDatabaseRefusesAmongGoodOnes_OnlyItIsNotStoredAndItIsAnswered503(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        await RefusePoisonAsync(app, provider);
        using var client = shop.Client();
        var ids = Enumerable.Range(0, 40).Select(i => $"good-{i}").Append("poison").OrderBy(id => id.GetHashCode(StringComparison.Ordinal)).ToList();

        var answers = await Task.WhenAll(ids.Select(async id =>
        {
            using var response = await client.PostAsync("/api/v1/orders", new StringContent(
                $$"""{"order_id":"{{id}}","customer_id":"c-{{id}}","at":"2026-03-10T12:00:00Z","total":"49.90","currency":"EUR","discount_codes":["mila10"]}""",
                Encoding.UTF8, "application/json"), Ct);
            return (Id: id, response.StatusCode);
        }));

        Assert.All(answers.Where(a => a.Id != "poison"), a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, Assert.Single(answers, a => a.Id == "poison").StatusCode);
        Assert.Equal(40, await shop.OrderCountAsync());
        Assert.Equal(40, await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().Customers.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_OrderTheDatabaseRefusesInOneOfTwoWorkspaces_EveryOtherOrderIsAnswered201Once(DatabaseProvider provider)
    {
        // A batch holds one transaction per workspace: the workspace whose transaction failed is taken again one by one,
        // the other's committed orders are not taken again (they would answer 200 "already stored" to their first request).
        await using var app = await WebTest.StartAsync(provider);
        var brand = await Shop.CreateAsync(app.Server);
        var other = await Shop.CreateAsync(app.Server, "other");
        await RefusePoisonAsync(app, provider);
        using var brandClient = brand.Client();
        using var otherClient = other.Client();
        // Sent brand first, then other, over and over: most batches take brand's share before other's.
        var sends = Enumerable.Range(0, 30).SelectMany(i => i % 3 == 2
                ? new[] { (Client: brandClient, Id: $"b-{i}"), (Client: otherClient, Id: $"o-{i}"), (Client: otherClient, Id: "poison") }
                : [(Client: brandClient, Id: $"b-{i}"), (Client: otherClient, Id: $"o-{i}")])
            .ToList();

        var answers = await Task.WhenAll(sends.Select(async s =>
        {
            using var response = await s.Client.PostAsync("/api/v1/orders", new StringContent(
                $$"""{"order_id":"{{s.Id}}","customer_id":"c-{{s.Id}}","at":"2026-03-10T12:00:00Z","total":"49.90","currency":"EUR"}""",
                Encoding.UTF8, "application/json"), Ct);
            return (s.Id, response.StatusCode);
        }));

        Assert.All(answers.Where(a => a.Id != "poison"), a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.All(answers.Where(a => a.Id == "poison"), a => Assert.Equal(HttpStatusCode.ServiceUnavailable, a.StatusCode));
        Assert.Equal((30, 30), (await brand.OrderCountAsync(), await other.OrderCountAsync()));
    }

    [Fact]
    public async Task Services_OrderQueue_IsAnIntakeQueueForReadiness()
    {
        await using var app = await WebTest.StartAsync();

        var queue = Assert.Single(app.Server.Services.GetServices<IIntakeQueue>(), q => q.Name == "orders");

        Assert.Equal((0, 5_000), (queue.Depth, queue.Capacity));
    }

    private static string Sign(string body) => WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(body));

    /// <summary>A trigger that refuses the order "poison": a row the database will not take, whatever the intake checked before.</summary>
    private static Task<bool> RefusePoisonAsync(RunningApp app, DatabaseProvider provider) =>
        app.Server.InScopeAsync(null, async s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            if (provider == DatabaseProvider.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE FUNCTION refuse_order() RETURNS trigger AS $$ BEGIN
                      IF NEW.external_id = 'poison' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
                    CREATE TRIGGER refuse_order BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION refuse_order();
                    """, Ct);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("""
                    CREATE TRIGGER refuse_order BEFORE INSERT ON orders WHEN NEW.external_id = 'poison'
                    BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;
                    """, Ct);
            }
            return true;
        });

    /// <summary>The sizes this app's order queue recorded on its "clout.orders.commit.size" histogram.</summary>
    private sealed class CommitSizes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentBag<int> _sizes = [];

        public int Total => _sizes.Sum();

        public int Largest => _sizes.IsEmpty ? 0 : _sizes.Max();

        public static CommitSizes Of(RunningApp app)
        {
            var factory = app.Server.Services.GetRequiredService<IMeterFactory>();
            var sizes = new CommitSizes();
            sizes._listener.InstrumentPublished = (instrument, listener) =>
            {
                // Other tests' servers run at the same time: only this one's meter counts.
                if (instrument.Meter.Scope == factory && instrument.Name == "clout.orders.commit.size")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            sizes._listener.SetMeasurementEventCallback<int>((_, size, _, _) => sizes._sizes.Add(size));
            sizes._listener.Start();
            return sizes;
        }

        public void Dispose() => _listener.Dispose();
    }
}
