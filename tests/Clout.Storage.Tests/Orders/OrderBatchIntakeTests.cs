using Clout.Core.Orders;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Orders;

public sealed class OrderBatchIntakeTests
{
    private static readonly DateTime At = PurchaseFixture.OrderAt;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TakeManyAsync_RepeatsWithinAndBeforeTheBatch_GiveWhatOneByOneGives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var oneByOne = await PurchaseFixture.CreateAsync(database, "one-by-one");
        var batched = await PurchaseFixture.CreateAsync(database, "batched");
        static WebhookReceipt Delivery(string id) => new(WebhookProvider.Shopify, id);
        IncomingOrder[] orders =
        [
            new(PurchaseFixture.Order("o1", codes: ["mila10"]), Delivery("d1")),
            new(PurchaseFixture.Order("o1"), Delivery("d1")), // a retry of the delivery
            new(PurchaseFixture.Order("o1") with { TotalMinor = 1 }, Delivery("d2")), // another delivery of the order: the first write wins
            new(PurchaseFixture.Order("o2"), Delivery("d1")), // a delivery seen before naming an order not stored yet
            new(PurchaseFixture.Order("o2", customer: "new", at: At), Delivery("d3")),
            new(PurchaseFixture.Order("o3", customer: "new", at: At.AddHours(-1)), null),
            new(PurchaseFixture.Order("o3"), null),
            new(PurchaseFixture.Order("before"), Delivery("d0")), // stored before the batch, with its delivery
            new(PurchaseFixture.Order("before-2"), Delivery("d9")),
        ];
        foreach (var f in new[] { oneByOne, batched })
        {
            await f.TakeAsync(PurchaseFixture.Order("before"), Delivery("d0"));
            await f.TakeAsync(PurchaseFixture.Order("before-2"), Delivery("d8"));
        }

        var expected = new List<OrderIntakeResult>();
        foreach (var order in orders)
        {
            expected.Add(await oneByOne.TakeAsync(order.Order, order.Receipt));
        }
        IReadOnlyList<OrderIntakeResult> actual;
        await using (var scope = database.CreateScope(batched.Workspace))
        {
            actual = await scope.ServiceProvider.GetRequiredService<OrderBatchIntake>().TakeManyAsync(orders, Ct);
        }

        Assert.Equal(expected.Select(Summary), actual.Select(Summary));
        Assert.Equal(
            [OrderIntakeOutcome.Created, OrderIntakeOutcome.DuplicateDelivery, OrderIntakeOutcome.AlreadyStored, OrderIntakeOutcome.DuplicateDelivery,
             OrderIntakeOutcome.Created, OrderIntakeOutcome.Created, OrderIntakeOutcome.AlreadyStored, OrderIntakeOutcome.DuplicateDelivery, OrderIntakeOutcome.AlreadyStored],
            actual.Select(r => r.Outcome));
        Assert.Null(actual[3].Order); // o2 was not stored yet when its repeated delivery came
        Assert.Equal("code", actual[0].Order!.AttributionSource.ToString().ToLowerInvariant());
        foreach (var f in new[] { oneByOne, batched })
        {
            Assert.Equal(5, await f.OrderCountAsync());
            // d0 and d8 before; d1 and d3 with their new orders; d9 came with an order stored before, so it is not recorded.
            Assert.Equal(4, await database.QueryAsync(f.Workspace, db => db.WebhookDeliveries.CountAsync(Ct)));
            var customer = await database.QueryAsync(f.Workspace, db => db.Customers.SingleAsync(c => c.ExternalId == "new", Ct));
            Assert.Equal(At.AddHours(-1), customer.FirstOrderAtUtc);
        }
    }

    /// <summary>What must agree between the two ways in; the arrival time and the workspace's ids differ by nature.</summary>
    private static object Summary(OrderIntakeResult r) =>
        (r.Outcome, r.Order?.OrderId, r.Order?.CustomerId, r.Order?.TotalMinor, r.Order?.AttributionSource, r.Order?.DiscountCodes, r.Order?.OccurredAtUtc);
}
