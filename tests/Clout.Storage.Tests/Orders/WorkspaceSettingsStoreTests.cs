using Clout.Core.Orders;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Orders;

public sealed class WorkspaceSettingsStoreTests
{
    [Fact]
    public async Task Settings_ValidValues_AreStoredAndRead()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await database.CreateWorkspaceAsync("brand");
        await using var scope = database.CreateScope(ws);
        var store = scope.ServiceProvider.GetRequiredService<WorkspaceSettingsStore>();

        Assert.Equal(new WorkspaceSettings(7, [], false).AttributionWindowDays, (await store.GetAsync(ws.Id, Ct)).AttributionWindowDays);
        await store.SetAttributionWindowAsync(ws.Id, 30, Ct);
        var domains = await store.SetShopDomainsAsync(ws.Id, "Shop.Example.com, https://www.shop.example.com/ ,shop.example.com", Ct);
        await store.SetWebhookSecretAsync(ws.Id, WebhookProvider.Shopify, "protected", Ct);
        await store.SetWebhookSecretAsync(ws.Id, WebhookProvider.WooCommerce, "protected-woo", Ct);

        Assert.Equal(["shop.example.com", "www.shop.example.com"], domains);
        var settings = await store.GetAsync(ws.Id, Ct);
        Assert.Equal((30, true, true), (settings.AttributionWindowDays, settings.HasShopifySecret, settings.HasWooCommerceSecret));
        Assert.Equal(domains, settings.ShopDomains);
        Assert.Equal("protected", (await store.FindWebhookWorkspaceAsync("BRAND", WebhookProvider.Shopify, Ct))!.ProtectedSecret);
        Assert.Equal("protected-woo", (await store.FindWebhookWorkspaceAsync("BRAND", WebhookProvider.WooCommerce, Ct))!.ProtectedSecret);
        Assert.Null(await store.FindWebhookWorkspaceAsync("nobody", WebhookProvider.Shopify, Ct));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(91)]
    [InlineData(-7)]
    public async Task SetAttributionWindowAsync_OutsideOneToNinetyDays_IsRefused(int days)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var ws = await database.CreateWorkspaceAsync("brand");
        await using var scope = database.CreateScope(ws);
        var store = scope.ServiceProvider.GetRequiredService<WorkspaceSettingsStore>();

        await Assert.ThrowsAsync<StorageValidationException>(() => store.SetAttributionWindowAsync(ws.Id, days, Ct));
        Assert.Equal(7, (await store.GetAsync(ws.Id, Ct)).AttributionWindowDays);
    }

    [Theory]
    [InlineData("shop example.com")]
    [InlineData("shop_example!.com")]
    [InlineData("192.0.2.1")]
    [InlineData("shop")]
    public void NormalizeDomains_NotAHostName_IsRefused(string domains) =>
        Assert.Throws<StorageValidationException>(() => WorkspaceSettingsStore.NormalizeDomains(domains));
}
