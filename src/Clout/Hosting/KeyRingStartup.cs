using System.Security.Cryptography;
using System.Xml.Linq;
using Clout.Storage.Cluster;
using Clout.Storage.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Clout.Hosting;

/// <summary>
/// Readies the key ring in the database before anything protects or reads a secret, on the server (as a hosted
/// service that starts before Data Protection's own) and in the CLI: imports a key ring from the old folder when the
/// database has none, then makes sure a key exists — and, once a certificate is set, that the newest key is stored
/// encrypted — all under one cluster lock, so that nodes starting together share the first node's key instead of
/// each writing its own.
/// </summary>
internal sealed partial class KeyRingStartup(IServiceScopeFactory scopes, IClusterLock clusterLock, IDataProtectionProvider provider,
    IKeyManager keyManager, IOptions<KeyManagementOptions> keyManagement, KeyRingCertificate certificate, TimeProvider clock,
    IOptions<KeyRingOptions> options, ILogger<KeyRingStartup> logger) : IHostedService
{
    private const string LockName = "data-protection-keys";

    /// <summary>The folder to import from: the setting, else the folder Data Protection would have used.</summary>
    public DirectoryInfo? ImportFolder =>
        options.Value.ImportFolder is { Length: > 0 } folder ? new DirectoryInfo(folder) : FileSystemXmlRepository.DefaultKeyStorageDirectory;

    /// <summary>Returns how many keys it imported (0 almost always), having logged it.</summary>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken)
    {
        await using (await clusterLock.AcquireAsync(LockName, cancellationToken))
        {
            int imported;
            await using (var scope = scopes.CreateAsyncScope())
            {
                imported = await KeyRingImport.ImportAsync(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), ImportFolder, cancellationToken);
            }
            if (imported > 0)
            {
                LogImported(imported, ImportFolder!.FullName);
            }
            RefuseUnreadableNewestKey();
            // The first protection reads the ring and, if it is empty, writes a key: done under the lock, the next node
            // to start reads that key instead of making its own.
            provider.CreateProtector("Clout.KeyRing.Ready").Protect([]);
            EncryptFromNow();
            return imported;
        }
    }

    /// <summary>
    /// Stops a process that cannot decrypt the newest key (no certificate, or another one than the other nodes'):
    /// Data Protection would otherwise quietly make a key of its own, in clear without a certificate, and every
    /// secret stored under the keys it cannot read would be lost to it.
    /// </summary>
    private void RefuseUnreadableNewestKey()
    {
        if (NewestKey() is not { } newest || !IsEncrypted(newest) || (Guid?)newest.Attribute("id") is not { } id)
        {
            return;
        }
        try
        {
            _ = keyManager.GetAllKeys().FirstOrDefault(k => k.KeyId == id)?.Descriptor;
        }
        catch (Exception e) when (e is CryptographicException or InvalidOperationException)
        {
            var cause = certificate.Certificate is { } given ? $"the certificate it names ({given.Subject}, {given.Thumbprint}) cannot decrypt it" : "it is not set";
            throw new OptionsValidationException(KeyRingOptions.CertificateKey, typeof(KeyRingOptions),
                [$"{KeyRingOptions.CertificateKey} must name the certificate the key ring in the database is encrypted with, as on the other nodes; {cause}"]);
        }
    }

    private XElement? NewestKey() =>
        keyManagement.Value.XmlRepository!.GetAllElements().Where(e => e.Name.LocalName == "key").MaxBy(e => (DateTimeOffset?)e.Element("creationDate"));

    private static bool IsEncrypted(XElement key) => key.Descendants().Any(e => e.Name.LocalName == "encryptedSecret");

    /// <summary>
    /// When a certificate is set on an installation whose newest key was stored in clear, makes a new key at once
    /// rather than at the next rotation, months away: secrets saved from now on are out of a database reader's reach,
    /// and a node or a CLI left without the certificate fails now, while someone is watching, not on rotation day.
    /// </summary>
    private void EncryptFromNow()
    {
        if (certificate.Certificate is not { } encrypting)
        {
            return;
        }
        if (NewestKey() is not { } newest || IsEncrypted(newest))
        {
            return;
        }
        var now = clock.GetUtcNow();
        var key = keyManager.CreateNewKey(activationDate: now, expirationDate: now + keyManagement.Value.NewKeyLifetime);
        LogEncryptedKeyCreated(key.KeyId, encrypting.Subject, encrypting.Thumbprint);
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken)
    {
        if (!certificate.IsSet)
        {
            LogUnencrypted(KeyRingOptions.CertificateKey);
        }
        return EnsureAsync(cancellationToken);
    }

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "Imported {Count} data-protection keys from {Folder} into the database: every node and the CLI now read them there; the folder is no longer used.")]
    private partial void LogImported(int count, string folder);

    [LoggerMessage(LogLevel.Warning, "The data-protection key ring is stored unencrypted in the database: whoever can read the database or a backup of it can decrypt the webhook secrets and connector tokens stored there. Set {Setting} to a PKCS#12 (.pfx) certificate file on every node (see docs/operations.md).")]
    private partial void LogUnencrypted(string setting);

    [LoggerMessage(LogLevel.Warning, "Made data-protection key {KeyId}, encrypted with the certificate {Subject} ({Thumbprint}): the newest key was stored unencrypted. Secrets saved from now on use it; those saved before stay readable under the older, unencrypted keys until they are entered again.")]
    private partial void LogEncryptedKeyCreated(Guid keyId, string subject, string thumbprint);
}
