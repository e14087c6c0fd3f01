using Clout.Core.Names;
using Clout.Core.Tracking;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Orders;

public sealed class OrderImportTests
{
    private const string OrdersHeader = "order_id,customer_id,at,total,currency,discount_codes,landing_site,ref";
    private const string ClicksHeader = "link_code,at,visitor_id,user_agent,referrer";

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_OrdersWithOneBadRow_NamesLineAndFieldAndStoresNothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var csv = string.Join("\n", OrdersHeader,
            "o1,c1,2026-03-10T12:00:00Z,49.90,EUR,MILA10,,",
            "o2,c2,2026-03-10T13:00:00Z,forty,EUR,,,",
            "o3,c3,2026-03-10T14:00:00Z,10,EUR,,,");

        var error = (await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, csv)).SingleError();

        Assert.Equal((3L, "total"), (error.Line, error.Field));
        Assert.Contains("forty", error.Message);
        Assert.Equal(0, await f.OrderCountAsync());
        Assert.Equal(0, await database.QueryAsync(f.Workspace, db => db.Customers.CountAsync(Ct)));
    }

    [Theory]
    [InlineData("o1,c1,2026-03-10T12:00:00Z,49.90,EURO,,,", "currency")]
    [InlineData(",c1,2026-03-10T12:00:00Z,49.90,EUR,,,", "order_id")]
    [InlineData("o1,c1,yesterday,49.90,EUR,,,", "at")]
    [InlineData("o1,c1,2026-03-10T12:00:00Z,-3,EUR,,,", "total")]
    [InlineData("o1,c1,2026-03-10T12:00:00Z,,EUR,,,", "total")]
    public async Task ImportAsync_BadOrderField_IsNamed(string row, string field)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);

        var error = (await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, OrdersHeader + "\n" + row)).SingleError();

        Assert.Equal((2L, field), (error.Line, error.Field));
    }

    [Fact]
    public async Task ImportAsync_DuplicateOrderId_IsAnError()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);

        var error = (await database.ImportCsvAsync(f.Workspace, ImportKind.Orders,
            OrdersHeader + "\no1,c1,2026-03-10T12:00:00Z,1,EUR,,,\no1,c1,2026-03-10T12:00:00Z,2,EUR,,,")).SingleError();

        Assert.Equal((3L, "order_id"), (error.Line, error.Field));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_Orders_AreAttributedLikeEveryOtherDoorAndCorrectedOnReimport(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var click = await f.AddClickAsync(f.Noor, "r-noor", PurchaseFixture.OrderAt.AddDays(-2));
        var csv = string.Join("\n", OrdersHeader,
            "o1,c1,2026-03-10T12:00:00Z,49.90,eur,welcome;mila10,,r-noor",
            "o2,c1,2026-03-09T12:00:00Z,10,EUR,,\"/shop?clout_ref=r-noor\",",
            "o3,,2026-03-10T12:00:00Z,\"1,234.5\",EUR,,,");

        var first = await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, csv);

        Assert.Equal(1, first.ErrorCount); // "1,234.5" is not an amount: thousands separators are refused
        var fixedCsv = csv.Replace("\"1,234.5\"", "1234.5", StringComparison.Ordinal);
        var result = (await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, fixedCsv)).AssertSucceeded();
        Assert.Equal((3, 3, 0), (result.Rows, result.Inserted, result.Updated));
        var orders = await database.QueryAsync(f.Workspace, db => db.Orders.OrderBy(o => o.ExternalId).ToListAsync(Ct));
        Assert.Equal(("code", f.Mila, f.Noor, click), (orders[0].AttributionSource.ToName(), orders[0].AttributedCollaborationId, orders[0].ClickCollaborationId, orders[0].ClickId));
        Assert.Equal(("EUR", "WELCOME;MILA10", 4_990L, "import"), (orders[0].Currency, orders[0].DiscountCodes, orders[0].TotalMinor, orders[0].Channel.ToName()));
        Assert.Equal(("click", f.Noor), (orders[1].AttributionSource.ToName(), orders[1].AttributedCollaborationId));
        Assert.Equal(("none", 123_450L, (long?)null), (orders[2].AttributionSource.ToName(), orders[2].TotalMinor, orders[2].CustomerId));
        var customer = Assert.Single(await database.QueryAsync(f.Workspace, db => db.Customers.ToListAsync(Ct)));
        Assert.Equal(new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc), customer.FirstOrderAtUtc);

        var again = (await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, fixedCsv.Replace("49.90", "59.90", StringComparison.Ordinal))).AssertSucceeded();

        Assert.Equal((0, 3), (again.Inserted, again.Updated));
        Assert.Equal(5_990, await database.QueryAsync(f.Workspace, db => db.Orders.Where(o => o.ExternalId == "o1").Select(o => o.TotalMinor).SingleAsync(Ct)));
        Assert.Equal(3, await f.OrderCountAsync());
    }

    [Fact]
    public async Task ImportAsync_OrdersAsJson_TakesArraysOfCodesAsText()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);

        (await database.ImportJsonAsync(f.Workspace, ImportKind.Orders,
            """[{"order_id":"j1","at":"2026-03-10T12:00:00Z","total":12.5,"currency":"EUR","discount_codes":"NOOR15","email":"x@example.com"}]""")).AssertSucceeded();

        var order = await database.QueryAsync(f.Workspace, db => db.Orders.SingleAsync(Ct));
        Assert.Equal(("code", f.Noor, 1_250L), (order.AttributionSource.ToName(), order.AttributedCollaborationId, order.TotalMinor));
        Assert.DoesNotContain(await f.AllStoredTextAsync(), v => v.Contains("x@example.com", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportAsync_Clicks_AreStoredAsHumanWithFreshRefsOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var csv = string.Join("\n", ClicksHeader,
            "mila-spring,2026-03-10T12:00:00Z,v1,Mozilla/5.0,https://instagram.com/",
            "mila-spring,2026-03-10T12:05:00Z,,,",
            "noor-spring,2026-03-11T08:00:00Z,v2,,");

        var result = (await database.ImportCsvAsync(f.Workspace, ImportKind.Clicks, csv)).AssertSucceeded();
        var again = (await database.ImportCsvAsync(f.Workspace, ImportKind.Clicks, csv)).AssertSucceeded();

        Assert.Equal((3, 3, 0), (result.Rows, result.Inserted, result.Updated));
        Assert.Equal((1, 2), (again.Inserted, again.Updated)); // the click without a visitor cannot be recognised
        var clicks = await database.QueryAsync(f.Workspace, db => db.Clicks.OrderBy(c => c.Id).ToListAsync(Ct));
        Assert.Equal(4, clicks.Count);
        Assert.All(clicks, c => Assert.Equal(ClickKind.Human, c.Kind));
        Assert.Equal(4, clicks.Select(c => c.Ref).Distinct().Count());
        Assert.All(clicks, c => Assert.Matches("^[0-9a-f]{12}[A-Za-z0-9_-]{16}$", c.Ref)); // the shape redirects hand out: time, then 96 random bits
        Assert.Equal((f.Mila, "v1", "other", "instagram.com"), (clicks[0].CollaborationId, clicks[0].VisitorId, clicks[0].Browser.ToName(), clicks[0].ReferrerHost));
        Assert.Equal(new DateTime(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc), clicks[0].OccurredAtUtc);
    }

    [Theory]
    [InlineData("nobody,2026-03-10T12:00:00Z,v1,,", "link_code")]
    [InlineData("mila-spring,soon,v1,,", "at")]
    [InlineData("mila-spring,2026-03-10T12:00:00Z,203.0.113.9,,", "visitor_id")]
    public async Task ImportAsync_BadClick_IsNamedAndNothingIsStored(string row, string field)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);

        var error = (await database.ImportCsvAsync(f.Workspace, ImportKind.Clicks, ClicksHeader + "\nmila-spring,2026-03-10T12:00:00Z,v1,,\n" + row)).SingleError();

        Assert.Equal((3L, field), (error.Line, error.Field));
        Assert.Equal(0, await database.QueryAsync(f.Workspace, db => db.Clicks.CountAsync(Ct)));
    }
}
