using Clout.Core.Attribution;
using Clout.Core.Orders;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Tests.Orders;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Ingestion.Presets;

public sealed class ShopifyOrdersPresetTests
{
    private const string Sample = "shopify-orders.csv";

    private static DateTime Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_ShopifyExportDetected_StoresOneOrderPerOrderWithoutRefundedOrCancelled(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);

        var result = (await database.ImportAsync(f.Workspace, ImportKind.Orders, OptionsImport.Sample(Sample), OptionsImport.Csv)).AssertSucceeded();

        // Seven orders on eleven rows: #1001 has three line items, #1002 and #1007 two; #1004 (refunded) and #1006 (cancelled) are left out.
        Assert.Equal((5, 5, 0), (result.Rows, result.Inserted, result.Updated));
        var orders = await database.QueryAsync(f.Workspace, db => db.Orders.OrderBy(o => o.ExternalId)
            .Select(o => new StoredShopifyOrder(o.ExternalId, o.OccurredAtUtc, o.TotalMinor, o.Currency, o.DiscountCodes, o.Channel, o.AttributionSource,
                o.AttributedCollaborationId, o.CustomerId != null))
            .ToListAsync(Ct));
        Assert.Equal(
        [
            // 14:02:11 at -05:00 is 19:02:11 UTC.
            new StoredShopifyOrder("5550001001", Utc(2024, 3, 5, 19, 2, 11), 8_970, "EUR", "MILA10", OrderChannel.Import, AttributionSource.Code, f.Mila, true),
            // Two codes, comma-separated in the export.
            new StoredShopifyOrder("5550001002", Utc(2024, 3, 6, 8, 15), 4_500, "USD", "MILA10;FREESHIP", OrderChannel.Import, AttributionSource.Code, f.Mila, true),
            // No e-mail: no customer. 23:30 at -08:00 is the next day in UTC.
            new StoredShopifyOrder("5550001003", Utc(2024, 3, 8, 7, 30), 1_250, "EUR", null, OrderChannel.Import, AttributionSource.None, null, false),
            // Partly refunded: the sale stands. +05:30 is read with its minutes.
            new StoredShopifyOrder("5550001005", Utc(2024, 3, 8, 6, 30), 3_000, "EUR", "NOOR15", OrderChannel.Import, AttributionSource.Code, f.Noor, true),
            new StoredShopifyOrder("5550001007", Utc(2024, 3, 10, 10, 0), 12_000, "GBP", "NOOR15", OrderChannel.Import, AttributionSource.Code, f.Noor, true),
        ], orders);
        var hashes = await database.QueryAsync(f.Workspace, db => db.Customers.Select(c => c.EmailHash).ToListAsync(Ct));
        Assert.Equal(4, hashes.Count);
        Assert.All(hashes, h => Assert.Matches("^[0-9a-f]{64}$", h!));
        var stored = await f.AllStoredTextAsync();
        Assert.DoesNotContain(stored, v => v.Contains("@example.", StringComparison.Ordinal));
        Assert.DoesNotContain(stored, v => v.Contains("Ring twice", StringComparison.Ordinal)); // the notes are not read
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_OrderTheWebhookStored_IsTheSameOrderUpdated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        await f.TakeAsync(new OrderInput("5550001001", "207119551", "anna.k@example.com", Utc(2024, 3, 5, 19, 2, 11), 8_970, "EUR", ["MILA10"],
            "/products/starter?clout_ref=x", null, null, OrderChannel.Shopify));

        var result = (await database.ImportAsync(f.Workspace, ImportKind.Orders, OptionsImport.Sample(Sample),
            OptionsImport.Csv with { Preset = "shopify-orders" })).AssertSucceeded();

        Assert.Equal((5, 4, 1), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal(5, await f.OrderCountAsync());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_OverAWebhookOrder_KeepsItsLandingPageClickAndCustomer(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var click = await f.AddClickAsync(f.Noor, "noor-ref", Utc(2024, 3, 5, 18, 0));
        await f.TakeAsync(new OrderInput("5550001001", "207119551", "anna.k@example.com", Utc(2024, 3, 5, 19, 2, 11), 8_970, "EUR", ["MILA10"],
            "/products/starter?clout_ref=noor-ref", "https://www.instagram.com/", null, OrderChannel.Shopify));

        (await database.ImportAsync(f.Workspace, ImportKind.Orders, OptionsImport.Sample(Sample), OptionsImport.Csv)).AssertSucceeded();

        // The export has no landing page, referrer or customer id: what the webhook stored stays, and so does the click
        // signal the landing page carried (the code still wins the credit, as it did).
        var order = await database.QueryAsync(f.Workspace, db => db.Orders.Where(o => o.ExternalId == "5550001001")
            .Select(o => new
            {
                o.LandingSite,
                o.Referrer,
                o.ClickId,
                o.ClickCollaborationId,
                o.AttributionSource,
                Customer = db.Customers.Where(c => c.Id == o.CustomerId).Select(c => c.ExternalId).Single(),
            })
            .SingleAsync(Ct));
        Assert.Equal(("/products/starter?clout_ref=noor-ref", "https://www.instagram.com/", (long?)click, (long?)f.Noor, AttributionSource.Code, "207119551"),
            (order.LandingSite, order.Referrer, order.ClickId, order.ClickCollaborationId, order.AttributionSource, order.Customer));
    }

    [Fact]
    public async Task ImportAsync_BadCreatedAt_NamesTheExportsLineAndColumnAndStoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        var text = System.Text.Encoding.UTF8.GetString(OptionsImport.Sample(Sample)).Replace("2024-03-07 23:30:00 -0800", "07/03/2024 23:30", StringComparison.Ordinal);

        var error = (await database.ImportAsync(f.Workspace, ImportKind.Orders, System.Text.Encoding.UTF8.GetBytes(text), OptionsImport.Csv)).SingleError();

        // The header, #1001 on lines 2-4, #1002 on 5-7 (its notes span two lines), then #1003.
        Assert.Equal((8L, "Created at"), (error.Line, error.Field));
        Assert.Contains("07/03/2024 23:30", error.Message);
        Assert.Equal(0, await f.OrderCountAsync());
    }

    private sealed record StoredShopifyOrder(string Id, DateTime AtUtc, long TotalMinor, string Currency, string? Codes, OrderChannel Channel,
        AttributionSource Source, long? CreditedTo, bool HasCustomer);
}
