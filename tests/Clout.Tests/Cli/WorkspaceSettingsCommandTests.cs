using System.Net;
using System.Text;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Orders;
using Clout.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Cli;

/// <summary>`workspace shopify`, `workspace settings` and `import orders`, checked against the real server and database.</summary>
public sealed class WorkspaceSettingsCommandTests : IAsyncLifetime
{
    private const string Secret = "shpss_cli_0123456789abcdef";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clout-cli-" + Guid.NewGuid().ToString("N")[..8]);
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WorkspaceShopify_StoredSecret_VerifiesWebhooksOnTheServer(bool fromEnvironment)
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "brand")).ExitCode);

        var run = fromEnvironment
            ? await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { ["CLOUT_SHOPIFY_SECRET"] = Secret }, "workspace", "shopify")
            : await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "shopify", "--secret", Secret, "--workspace", "brand");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("/webhooks/shopify/brand", run.Output.Trim());
        await using var server = await CloutServer.StartAsync(_database.ConnectionString, Ct);
        using var client = server.CreateClient();
        var body = Shop.ShopifyOrder(42);
        using var signed = await client.SendAsync(Shop.Webhook("brand", body, WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(body)), "w-1"), Ct);
        using var forged = await client.SendAsync(Shop.Webhook("brand", body, WebhookSignature.Sign("guess", Encoding.UTF8.GetBytes(body)), "w-2"), Ct);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        await using var scope = _database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Workspaces.Select(w => w.ShopifySecretProtected).SingleAsync(Ct);
        Assert.DoesNotContain(Secret, stored!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task WorkspaceWooCommerce_StoredSecret_AnswersThePingAndVerifiesDeliveries(bool fromEnvironment)
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "brand")).ExitCode);

        var run = fromEnvironment
            ? await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { ["CLOUT_WOOCOMMERCE_SECRET"] = WooShop.Secret }, "workspace", "woocommerce")
            : await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "woocommerce", "--secret", WooShop.Secret, "--workspace", "brand");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("/webhooks/woocommerce/brand", run.Output.Trim());
        await using var server = await CloutServer.StartAsync(_database.ConnectionString, Ct);
        using var client = server.CreateClient();
        var body = WooShop.Order(42);
        using var ping = await client.SendAsync(WooShop.Ping("brand"), Ct);
        using var signed = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body), "d-1"), Ct);
        using var forged = await client.SendAsync(WooShop.Delivery("brand", body, WooShop.Sign(body, "guess"), "d-2"), Ct);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized), (ping.StatusCode, signed.StatusCode, forged.StatusCode));
        await using var scope = _database.CreateScope();
        var stored = await scope.ServiceProvider.GetRequiredService<CloutDbContext>().Workspaces.Select(w => new { w.WooCommerceSecretProtected, w.ShopifySecretProtected })
            .SingleAsync(Ct);
        Assert.DoesNotContain(WooShop.Secret, stored.WooCommerceSecretProtected!, StringComparison.Ordinal);
        Assert.Null(stored.ShopifySecretProtected);
        var settings = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "settings");
        Assert.Contains("woocommerce webhook: on", settings.Output);
        Assert.Contains("shopify webhook: off", settings.Output);
    }

    [Fact]
    public async Task WorkspaceWooCommerce_NoSecret_IsUsageError()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "brand")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "woocommerce");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("CLOUT_WOOCOMMERCE_SECRET", run.ErrorText);
    }

    [Fact]
    public async Task WorkspaceShopify_NoSecret_IsUsageError()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "brand")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "shopify");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CLOUT_SHOPIFY_SECRET", run.ErrorText);
    }

    [Fact]
    public async Task WorkspaceSettings_ValidValues_AreStoredAndShown()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "brand")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "settings", "--attribution-window-days", "14", "--shop-domains", "Shop.example.com, www.shop.example.com",
            "--survey-origins", "https://Shop.example.com/, http://localhost:8080", "--margin", "40%");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("attribution window: 14 days", run.Output);
        Assert.Contains("shop domains: shop.example.com,www.shop.example.com", run.Output);
        Assert.Contains("survey origins: https://shop.example.com,http://localhost:8080", run.Output);
        Assert.Contains("shopify webhook: off", run.Output);
        Assert.Contains("woocommerce webhook: off", run.Output);
        Assert.Contains("gross margin: 40%", run.Output.Replace(" %", "%", StringComparison.Ordinal));

        var cleared = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "settings", "--margin", "");
        Assert.True(cleared.ExitCode == 0, cleared.ToString());
        Assert.Contains("gross margin: (not set; the tier report shows no ROI)", cleared.Output);
    }

    [Theory]
    [InlineData("--attribution-window-days", "0", "1-90")]
    [InlineData("--attribution-window-days", "120", "1-90")]
    [InlineData("--shop-domains", "shop.example.com,not a host!", "not a host name")]
    [InlineData("--survey-origins", "https://shop.example.com/checkout", "is not an origin")]
    [InlineData("--survey-origins", "shop.example.com", "is not an origin")]
    [InlineData("--margin", "1.5", "--margin must be a fraction between 0 and 1")]
    [InlineData("--margin", "forty", "--margin must be a fraction between 0 and 1")]
    public async Task WorkspaceSettings_InvalidValue_ChangesNothing(string option, string value, string message)
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "brand")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "settings", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.ErrorText);
        await using var scope = _database.CreateScope();
        var settings = await scope.ServiceProvider.GetRequiredService<WorkspaceSettingsStore>().GetAsync(
            (await scope.ServiceProvider.GetRequiredService<WorkspaceStore>().FindAsync("brand", Ct))!.Id, Ct);
        Assert.Equal((7, 0, 0, (double?)null), (settings.AttributionWindowDays, settings.ShopDomains.Count, settings.SurveyOrigins.Count, settings.GrossMargin));
    }

    [Fact]
    public async Task ImportOrders_BadRow_NamesLineAndFieldAndStoresNothing()
    {
        var file = Path.Combine(_folder, "orders.csv");
        await File.WriteAllTextAsync(file, "order_id,customer_id,at,total,currency,discount_codes,landing_site,ref\n1,c1,2026-03-10T12:00:00Z,10,EUR,,,\n2,c2,2026-03-10T12:00:00Z,ten,EUR,,,\n", Ct);

        var bad = await CloutProcess.RunAsync(_database.ConnectionString, "import", "orders", file);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file, Ct)).Replace(",ten,", ",10,", StringComparison.Ordinal), Ct);
        var good = await CloutProcess.RunAsync(_database.ConnectionString, "import", "orders", file);

        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("line 3, field 'total'", bad.ErrorText);
        Assert.True(good.ExitCode == 0, good.ToString());
        Assert.Contains("Imported 2 orders into 'default'", good.ErrorText);
    }
}
