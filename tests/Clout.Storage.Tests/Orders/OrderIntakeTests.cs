using Clout.Core.Names;
using Clout.Core.Orders;
using Clout.Core.Tracking;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Orders;

public sealed class OrderIntakeTests
{
    private static readonly DateTime At = PurchaseFixture.OrderAt;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TakeAsync_CodeAndClick_CodeWinsAndBothSignalsAreKept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var click = await f.AddClickAsync(f.Noor, "ref-noor", At.AddDays(-1));

        // Codes are matched case-insensitively; an unknown code before it does not hide it.
        var result = await f.TakeAsync(PurchaseFixture.Order("o1", codes: ["WELCOME", "mila10"], reference: "ref-noor"));

        Assert.Equal(OrderIntakeOutcome.Created, result.Outcome);
        var order = result.Order!;
        Assert.Equal(("code", f.Mila), (order.AttributionSource.ToName(), order.AttributedCollaborationId));
        Assert.Equal(f.Mila, order.CodeCollaborationId);
        Assert.Equal((f.Noor, click), (order.ClickCollaborationId, order.ClickId));
        Assert.Null(order.SurveyCollaborationId);
        Assert.Equal("WELCOME;MILA10", order.DiscountCodes);
        Assert.Equal(order, (await f.TakeAsync(PurchaseFixture.Order("o1"))).Order); // as stored, read back
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TakeAsync_RefInLandingSite_CreditsTheClick(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var click = await f.AddClickAsync(f.Mila, "AbC_123-x", At.AddHours(-3));

        var result = await f.TakeAsync(PurchaseFixture.Order("o1", landingSite: "/products/mug?utm_source=ig&clout_ref=AbC_123-x#top"));

        var order = result.Order!;
        Assert.Equal(("click", f.Mila, click), (order.AttributionSource.ToName(), order.AttributedCollaborationId, order.ClickId));
        Assert.Null(order.CodeCollaborationId);
    }

    [Fact]
    public async Task TakeAsync_ClickOutsideTheWindow_IsIgnored()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        await f.AddClickAsync(f.Mila, "old", At.AddDays(-7).AddMinutes(-1));
        await f.AddClickAsync(f.Mila, "edge", At.AddDays(-7));
        await f.AddClickAsync(f.Mila, "later", At.AddMinutes(1));

        var old = (await f.TakeAsync(PurchaseFixture.Order("o-old", reference: "old"))).Order!;
        var edge = (await f.TakeAsync(PurchaseFixture.Order("o-edge", reference: "edge"))).Order!;
        var later = (await f.TakeAsync(PurchaseFixture.Order("o-later", reference: "later"))).Order!;

        Assert.Equal(("none", null, null), (old.AttributionSource.ToName(), old.AttributedCollaborationId, old.ClickId));
        Assert.Equal("click", edge.AttributionSource.ToName()); // the window is closed: exactly 7 days still counts
        Assert.Equal("none", later.AttributionSource.ToName()); // a click after the order cannot have caused it
    }

    [Fact]
    public async Task TakeAsync_WindowSetting_IsHonoured()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        await f.AddClickAsync(f.Mila, "r", At.AddDays(-10));
        await using (var scope = database.CreateScope(f.Workspace))
        {
            await scope.ServiceProvider.GetRequiredService<WorkspaceSettingsStore>().SetAttributionWindowAsync(f.Workspace.Id, 14, Ct);
        }

        Assert.Equal("click", (await f.TakeAsync(PurchaseFixture.Order("o1", reference: "r"))).Order!.AttributionSource.ToName());
    }

    [Theory]
    [InlineData(ClickKind.Bot)]
    [InlineData(ClickKind.Preview)]
    [InlineData(ClickKind.Scanner)]
    public async Task TakeAsync_ClickThatIsNotHuman_IsIgnored(ClickKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        await f.AddClickAsync(f.Mila, "bot", At.AddHours(-1), kind);

        var order = (await f.TakeAsync(PurchaseFixture.Order("o1", reference: "bot"))).Order!;

        Assert.Equal(("none", null, null), (order.AttributionSource.ToName(), order.ClickId, order.ClickCollaborationId));
    }

    [Fact]
    public async Task TakeAsync_ClickOfAnotherWorkspace_IsIgnored()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var a = await PurchaseFixture.CreateAsync(database, "brand-a");
        var b = await PurchaseFixture.CreateAsync(database, "brand-b");
        await a.AddClickAsync(a.Mila, "a-ref", At.AddHours(-1));

        Assert.Equal("none", (await b.TakeAsync(PurchaseFixture.Order("o1", reference: "a-ref"))).Order!.AttributionSource.ToName());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TakeAsync_SameOrderOrDeliveryAgain_IsStoredOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var receipt = new WebhookReceipt(WebhookProvider.Shopify, "delivery-1");

        var first = await f.TakeAsync(PurchaseFixture.Order("o1"), receipt);
        var retry = await f.TakeAsync(PurchaseFixture.Order("o1"), receipt);
        var sameOrderOtherDelivery = await f.TakeAsync(PurchaseFixture.Order("o1") with { TotalMinor = 1 }, new WebhookReceipt(WebhookProvider.Shopify, "delivery-2"));

        Assert.Equal(OrderIntakeOutcome.Created, first.Outcome);
        Assert.Equal(OrderIntakeOutcome.DuplicateDelivery, retry.Outcome);
        Assert.Equal(OrderIntakeOutcome.AlreadyStored, sameOrderOtherDelivery.Outcome);
        Assert.Equal(4_990, sameOrderOtherDelivery.Order!.TotalMinor); // the first write wins
        Assert.Equal(1, await f.OrderCountAsync());
        Assert.Equal(1, await database.QueryAsync(f.Workspace, db => db.WebhookDeliveries.CountAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TakeAsync_ConcurrentDeliveriesOfOneOrder_StoreOne(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => f.TakeAsync(PurchaseFixture.Order("o1"))));

        Assert.Single(results, r => r.Outcome == OrderIntakeOutcome.Created);
        Assert.All(results, r => Assert.Equal("o1", r.Order!.OrderId));
        Assert.Equal(1, await f.OrderCountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TakeAsync_ConcurrentFirstOrdersOfOneNewCustomer_MakeOneCustomer(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => f.TakeAsync(PurchaseFixture.Order($"o{i}", customer: "new", at: At.AddHours(-i)))));

        Assert.All(results, r => Assert.Equal(OrderIntakeOutcome.Created, r.Outcome));
        var customer = Assert.Single(await database.QueryAsync(f.Workspace, db => db.Customers.ToListAsync(Ct)));
        Assert.Equal(At.AddHours(-5), customer.FirstOrderAtUtc);
        Assert.Equal(6, await f.OrderCountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TakeAsync_Email_IsStoredOnlyAsAHash(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);

        await f.TakeAsync(PurchaseFixture.Order("o1", customer: "c1", email: "  Ana.Buyer@Example.COM "));
        await f.TakeAsync(PurchaseFixture.Order("o2", customer: "c2", email: "ana.buyer@example.com"));
        await f.TakeAsync(PurchaseFixture.Order("o3", customer: null, email: "guest@example.com"));

        var text = await f.AllStoredTextAsync();
        Assert.DoesNotContain(text, v => v.Contains("ana.buyer", StringComparison.OrdinalIgnoreCase) || v.Contains("guest@", StringComparison.OrdinalIgnoreCase));
        var customers = await database.QueryAsync(f.Workspace, db => db.Customers.OrderBy(c => c.Id).ToListAsync(Ct));
        Assert.Equal(3, customers.Count);
        Assert.Equal(customers[0].EmailHash, customers[1].EmailHash); // one person, recognised across customer ids
        Assert.Matches("^[0-9a-f]{64}$", customers[0].EmailHash!);
        Assert.Equal(OrderCustomers.EmailCustomerPrefix + customers[2].EmailHash, customers[2].ExternalId);
    }

    [Fact]
    public async Task TakeAsync_CustomerSeenAgain_KeepsTheEarliestFirstOrder()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);

        await f.TakeAsync(PurchaseFixture.Order("o1", at: At));
        await f.TakeAsync(PurchaseFixture.Order("o2", at: At.AddDays(-30))); // a late delivery of an older order
        await f.TakeAsync(PurchaseFixture.Order("o3", at: At.AddDays(5)));

        var customer = Assert.Single(await database.QueryAsync(f.Workspace, db => db.Customers.ToListAsync(Ct)));
        Assert.Equal(At.AddDays(-30), customer.FirstOrderAtUtc);
        Assert.Equal(3, await database.QueryAsync(f.Workspace, db => db.Orders.CountAsync(o => o.CustomerId == customer.Id, Ct)));
    }

    [Theory]
    [InlineData("currency")]
    [InlineData("total")]
    [InlineData("order_id")]
    [InlineData("at")]
    public async Task TakeAsync_InvalidOrder_IsRefusedNamingTheFieldAndStoresNothing(string field)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        var order = PurchaseFixture.Order("o1");
        order = field switch
        {
            "currency" => order with { Currency = "EURO" },
            "total" => order with { TotalMinor = -5 },
            "order_id" => order with { OrderId = " " },
            _ => order with { OccurredAtUtc = At.AddYears(5) },
        };

        var error = await Assert.ThrowsAsync<StorageValidationException>(() => f.TakeAsync(order));

        Assert.StartsWith(field, error.Message);
        Assert.Equal(0, await f.OrderCountAsync());
    }
}
