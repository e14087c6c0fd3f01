using System.Net;
using System.Text;
using Clout.Core.Orders;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Cli;
using Clout.Tests.Orders;
using Clout.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Hosting;

/// <summary>
/// The data-protection key ring lives in the database: a ring left in the old key folder is imported on first start,
/// after which a node with an empty home folder still reads every secret, and nodes starting together share one ring.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private const string Secret = "shpss_0123456789abcdef0123456789abcdef";

    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("clout-home-");
    private readonly DirectoryInfo _emptyHome = Directory.CreateTempSubdirectory("clout-empty-home-");

    private static CancellationToken Ct => WebTest.Ct;

    /// <summary>Where Data Protection kept the keys before they moved into the database: ~/.aspnet/DataProtection-Keys.</summary>
    private DirectoryInfo OldKeyFolder => new(Path.Combine(_home.FullName, ".aspnet", "DataProtection-Keys"));

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ShopifySecret_StoredWithTheOldFolderRing_VerifiesAfterImportAndAfterARestartWithAnEmptyHome(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var oldCiphertext = ProtectAsBefore(Secret);

        await using (var server = await StartAsync(database, OldKeyFolder))
        {
            var shop = await Shop.CreateAsync(server);
            await StoreShopifySecretAsync(server, shop, oldCiphertext);
            await AssertWebhookVerifiesAsync(server, orderId: 1);
            Assert.Equal(1, await KeyCountAsync(database)); // the folder's key, and no new one
        }

        // The node restarts in a fresh container: nothing in its home folder.
        await using (var restarted = await StartAsync(database, _emptyHome))
        {
            await AssertWebhookVerifiesAsync(restarted, orderId: 2);
        }
    }

    [Fact]
    public async Task Cli_FirstRunWithTheOldHome_ImportsTheRingForTheServer()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var oldCiphertext = ProtectAsBefore(Secret);

        var run = await CloutProcess.RunAsync(database.ConnectionString, new Dictionary<string, string> { ["HOME"] = _home.FullName }, "workspace", "list");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"Imported 1 data-protection keys from {OldKeyFolder.FullName} into the database", run.ErrorText);
        await using var server = await StartAsync(database, _emptyHome);
        var shop = await Shop.CreateAsync(server);
        await StoreShopifySecretAsync(server, shop, oldCiphertext);
        await AssertWebhookVerifiesAsync(server, orderId: 1);
        var again = await CloutProcess.RunAsync(database.ConnectionString, new Dictionary<string, string> { ["HOME"] = _home.FullName }, "workspace", "list");
        Assert.DoesNotContain("Imported", again.ErrorText); // once only
    }

    [Fact]
    public async Task TwoNodes_StartingTogetherOnAnEmptyDatabase_ShareOneKeyAndReadEachOthersSecrets()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var starting = Enumerable.Range(0, 2).Select(_ => StartAsync(database, _emptyHome)).ToArray();
        await using var nodeA = await starting[0];
        await using var nodeB = await starting[1];

        var secretsA = nodeA.Services.GetRequiredService<WebhookSecrets>();
        var secretsB = nodeB.Services.GetRequiredService<WebhookSecrets>();
        Assert.Equal("from A", secretsB.Unprotect(WebhookProvider.Shopify, secretsA.Protect(WebhookProvider.Shopify, "from A")));
        Assert.Equal("from B", secretsA.Unprotect(WebhookProvider.Shopify, secretsB.Protect(WebhookProvider.Shopify, "from B")));
        Assert.Equal(1, await KeyCountAsync(database));
    }

    /// <summary>As Clout protected a secret before: a key ring in the home folder, under the application name "clout".</summary>
    private string ProtectAsBefore(string secret)
    {
        var provider = DataProtectionProvider.Create(OldKeyFolder, b => b.SetApplicationName(CloutServices.DataProtectionApplicationName));
        var ciphertext = new WebhookSecrets(provider).Protect(WebhookProvider.Shopify, secret);
        Assert.Single(OldKeyFolder.GetFiles("key-*.xml"));
        return ciphertext;
    }

    private static Task<CloutServer> StartAsync(TestDatabase database, DirectoryInfo importFolder) =>
        CloutServer.StartAsync(database.ConnectionString, Ct, settings: [$"--Clout:DataProtection:ImportFolder={importFolder.FullName}"]);

    private static Task<bool> StoreShopifySecretAsync(CloutServer server, Shop shop, string ciphertext) =>
        server.InScopeAsync(shop.Workspace, async s =>
        {
            await s.GetRequiredService<WorkspaceSettingsStore>().SetWebhookSecretAsync(shop.Workspace.Id, WebhookProvider.Shopify, ciphertext, Ct);
            return true;
        });

    private static async Task AssertWebhookVerifiesAsync(CloutServer server, long orderId)
    {
        var body = Shop.ShopifyOrder(orderId);
        using var client = server.CreateClient();
        using var response = await client.SendAsync(Shop.Webhook("brand", body, WebhookSignature.Sign(Secret, Encoding.UTF8.GetBytes(body))), Ct);
        var answer = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("created", answer.GetProperty("outcome").GetString());
    }

    private static async Task<int> KeyCountAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CloutDbContext>().DataProtectionKeys.CountAsync(Ct);
    }

    public void Dispose()
    {
        _home.Delete(recursive: true);
        _emptyHome.Delete(recursive: true);
    }
}
