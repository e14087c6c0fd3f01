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
        await store.SetShopifySecretAsync(ws.Id, "protected", Ct);

        Assert.Equal(["shop.example.com", "www.shop.example.com"], domains);
        var settings = await store.GetAsync(ws.Id, Ct);
        Assert.Equal((30, true), (settings.AttributionWindowDays, settings.HasShopifySecret));
        Assert.Equal(domains, settings.ShopDomains);
        Assert.Equal("protected", (await store.FindShopifyEndpointAsync("BRAND", Ct))!.ProtectedSecret);
        Assert.Null(await store.FindShopifyEndpointAsync("nobody", Ct));
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
