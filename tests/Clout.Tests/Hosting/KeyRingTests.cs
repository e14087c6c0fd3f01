using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using Clout.Core.Orders;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Cli;
using Clout.Tests.Orders;
using Clout.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clout.Tests.Hosting;

/// <summary>
/// The data-protection key ring lives in the database: a ring left in the old key folder is imported on first start,
/// after which a node with an empty home folder still reads every secret, and nodes starting together share one ring.
/// </summary>
public sealed class KeyRingTests : IDisposable
{
    private const string Secret = "shpss_0123456789abcdef0123456789abcdef";
    private const string CertificatePassword = "ring-password-1";

    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("clout-home-");
    private readonly DirectoryInfo _emptyHome = Directory.CreateTempSubdirectory("clout-empty-home-");
    private readonly DirectoryInfo _certificates = Directory.CreateTempSubdirectory("clout-key-ring-certificate-");

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

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ShopifySecret_UnderACertificate_KeysAreStoredEncryptedAndTheSecretVerifiesAfterARestartWithAnEmptyHome(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var certificate = WriteCertificate("ring.pfx", CertificatePassword);

        await using (var server = await StartAsync(database, _emptyHome, WithCertificate(certificate, CertificatePassword)))
        {
            var shop = await Shop.CreateAsync(server);
            await StoreShopifySecretAsync(server, shop, server.Services.GetRequiredService<WebhookSecrets>().Protect(WebhookProvider.Shopify, Secret));
            await AssertWebhookVerifiesAsync(server, orderId: 1);
        }

        var stored = Assert.Single(await KeyXmlAsync(database));
        Assert.Contains("encryptedSecret", stored);
        Assert.Contains("EncryptedData", stored);
        Assert.DoesNotContain("masterKey", stored);
        // The node restarts in a fresh container with the same certificate file: nothing in its home folder.
        await using (var restarted = await StartAsync(database, _emptyHome, WithCertificate(certificate, CertificatePassword)))
        {
            await AssertWebhookVerifiesAsync(restarted, orderId: 2);
        }
        Assert.Single(await KeyXmlAsync(database));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CertificateSetOnAnExistingInstall_OldSecretsStillVerifyAndNewOnesUseANewEncryptedKey(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var certificate = WriteCertificate("ring.pfx", password: null);
        Shop shop;
        await using (var unencrypted = await StartAsync(database, _emptyHome))
        {
            shop = await Shop.CreateAsync(unencrypted);
            await StoreShopifySecretAsync(unencrypted, shop, unencrypted.Services.GetRequiredService<WebhookSecrets>().Protect(WebhookProvider.Shopify, Secret));
        }
        Assert.Contains("masterKey", Assert.Single(await KeyXmlAsync(database)));

        await using (var encrypted = await StartAsync(database, _emptyHome, WithCertificate(certificate, password: null)))
        {
            await AssertWebhookVerifiesAsync(encrypted, orderId: 1); // the secret saved under the clear key
            var keys = await KeyXmlAsync(database);
            Assert.Equal(2, keys.Count);
            Assert.Single(keys, k => k.Contains("encryptedSecret", StringComparison.Ordinal) && !k.Contains("masterKey", StringComparison.Ordinal));
            var secrets = encrypted.Services.GetRequiredService<WebhookSecrets>();
            var again = secrets.Protect(WebhookProvider.Shopify, Secret);
            Assert.Equal(NewestKeyId(keys), KeyIdOf(again));
            await StoreShopifySecretAsync(encrypted, shop, again);
            await AssertWebhookVerifiesAsync(encrypted, orderId: 2);
        }

        await using (var restarted = await StartAsync(database, _emptyHome, WithCertificate(certificate, password: null)))
        {
            await AssertWebhookVerifiesAsync(restarted, orderId: 3);
        }
        Assert.Equal(2, (await KeyXmlAsync(database)).Count); // the newest key is encrypted: no third one
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Start_EncryptedRingWithoutItsCertificate_FailsNamingTheSettingAndWritesNoKeyInClear(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var certificate = WriteCertificate("ring.pfx", password: null);
        var another = WriteCertificate("another.pfx", password: null);
        await using (await StartAsync(database, _emptyHome, WithCertificate(certificate, password: null)))
        {
        }

        var unset = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(database, _emptyHome));
        Assert.Equal(["Clout:DataProtection:Certificate must name the certificate the key ring in the database is encrypted with, as on the other nodes; it is not set"],
            unset.Failures);
        var wrong = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(database, _emptyHome, WithCertificate(another, password: null)));
        Assert.StartsWith("Clout:DataProtection:Certificate must name the certificate the key ring in the database is encrypted with, as on the other nodes; the certificate it names (CN=Clout key ring test, ",
            Assert.Single(wrong.Failures));
        Assert.Single(await KeyXmlAsync(database)); // Data Protection would have made a key of its own
    }

    [Fact]
    public async Task Start_CertificateThatCannotServe_FailsNamingTheSettingAndWritesNoKey()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var certificate = WriteCertificate("ring.pfx", CertificatePassword);
        var publicOnly = Path.Combine(_certificates.FullName, "public-only.pfx");
        using (var full = X509CertificateLoader.LoadPkcs12FromFile(certificate, CertificatePassword))
        using (var withoutKey = X509CertificateLoader.LoadCertificate(full.RawData))
        {
            await File.WriteAllBytesAsync(publicOnly, withoutKey.Export(X509ContentType.Pkcs12), Ct);
        }
        var missing = Path.Combine(_certificates.FullName, "missing.pfx");

        string[] Failures(params string[] settings) =>
            Assert.Throws<OptionsValidationException>(() => CloutWebApp.Create([$"--{CloutConfiguration.ConnectionStringKey}={database.ConnectionString}", .. settings])).Failures.ToArray();

        Assert.Equal([$"Clout:DataProtection:Certificate names no file: {missing} does not exist"], Failures(WithCertificate(missing, password: null)));
        var wrongPassword = Assert.Single(Failures(WithCertificate(certificate, "not-the-password")));
        Assert.StartsWith($"Clout:DataProtection:Certificate could not be read from {certificate}: ", wrongPassword);
        Assert.EndsWith("It must be a PKCS#12 (.pfx) file that Clout can read, and Clout:DataProtection:CertificatePassword its password", wrongPassword);
        Assert.DoesNotContain("not-the-password", wrongPassword);
        Assert.StartsWith("Clout:DataProtection:Certificate could not be read", Assert.Single(Failures(WithCertificate(certificate, password: null))));
        Assert.Equal([$"Clout:DataProtection:Certificate must hold an RSA certificate with its private key; {publicOnly} (CN=Clout key ring test) has none"],
            Failures(WithCertificate(publicOnly, password: null)));
        Assert.Empty(await KeyXmlAsync(database));
    }

    [Fact]
    public async Task Cli_WithTheCertificate_WritesAnEncryptedKeyTheServerReads_AndAWrongPasswordFailsNamingTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var certificate = WriteCertificate("ring.pfx", CertificatePassword);
        Dictionary<string, string> Environment(string password) => new()
        {
            ["HOME"] = _emptyHome.FullName,
            ["Clout__DataProtection__Certificate"] = certificate,
            ["Clout__DataProtection__CertificatePassword"] = password,
        };

        var wrong = await CloutProcess.RunAsync(database.ConnectionString, Environment("not-the-password"), "workspace", "list");
        Assert.True(wrong.ExitCode == 2, wrong.ToString());
        Assert.StartsWith($"error: Clout:DataProtection:Certificate could not be read from {certificate}: ", wrong.ErrorText);
        Assert.DoesNotContain("not-the-password", wrong.Errors);
        Assert.Empty(await KeyXmlAsync(database));

        var run = await CloutProcess.RunAsync(database.ConnectionString, Environment(CertificatePassword), "workspace", "list");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("encryptedSecret", Assert.Single(await KeyXmlAsync(database)));
        await using var server = await StartAsync(database, _emptyHome, WithCertificate(certificate, CertificatePassword));
        var shop = await Shop.CreateAsync(server);
        await StoreShopifySecretAsync(server, shop, server.Services.GetRequiredService<WebhookSecrets>().Protect(WebhookProvider.Shopify, Secret));
        await AssertWebhookVerifiesAsync(server, orderId: 1);
        Assert.Single(await KeyXmlAsync(database));
    }

    /// <summary>A self-signed RSA certificate with its private key, as `openssl req -x509` then `openssl pkcs12 -export` make one.</summary>
    private string WriteCertificate(string name, string? password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Clout key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(1));
        var path = Path.Combine(_certificates.FullName, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, password));
        return path;
    }

    private static string[] WithCertificate(string path, string? password) =>
        password is null ? [$"--Clout:DataProtection:Certificate={path}"]
            : [$"--Clout:DataProtection:Certificate={path}", $"--Clout:DataProtection:CertificatePassword={password}"];

    private static async Task<List<string>> KeyXmlAsync(TestDatabase database)
    {
        await using var scope = database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CloutDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct);
    }

    private static Guid NewestKeyId(IEnumerable<string> keys) =>
        keys.Select(XElement.Parse).OrderByDescending(k => (DateTimeOffset)k.Element("creationDate")!).Select(k => (Guid)k.Attribute("id")!).First();

    /// <summary>The key a protected payload names: after the 4-byte magic header, as Data Protection writes it.</summary>
    private static Guid KeyIdOf(string ciphertext)
    {
        var bytes = WebEncoders.Base64UrlDecode(ciphertext);
        return new Guid(bytes.AsSpan(4, 16));
    }

    /// <summary>As Clout protected a secret before: a key ring in the home folder, under the application name "clout".</summary>
    private string ProtectAsBefore(string secret)
    {
        var provider = DataProtectionProvider.Create(OldKeyFolder, b => b.SetApplicationName(CloutServices.DataProtectionApplicationName));
        var ciphertext = new WebhookSecrets(provider).Protect(WebhookProvider.Shopify, secret);
        Assert.Single(OldKeyFolder.GetFiles("key-*.xml"));
        return ciphertext;
    }

    private static Task<CloutServer> StartAsync(TestDatabase database, DirectoryInfo importFolder, string[]? settings = null) =>
        CloutServer.StartAsync(database.ConnectionString, Ct, settings: [$"--Clout:DataProtection:ImportFolder={importFolder.FullName}", .. settings ?? []]);

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
        _certificates.Delete(recursive: true);
    }
}
