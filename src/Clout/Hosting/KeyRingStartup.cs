using Clout.Storage.Cluster;
using Clout.Storage.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace Clout.Hosting;

/// <summary>
/// Readies the key ring in the database before anything protects or reads a secret, on the server (as a hosted
/// service that starts before Data Protection's own) and in the CLI: imports a key ring from the old folder when the
/// database has none, then makes sure a key exists — both under one cluster lock, so that nodes starting together
/// share the first node's key instead of each writing its own.
/// </summary>
internal sealed partial class KeyRingStartup(IServiceScopeFactory scopes, IClusterLock clusterLock, IDataProtectionProvider provider,
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
            // The first protection reads the ring and, if it is empty, writes a key: done under the lock, the next node
            // to start reads that key instead of making its own.
            provider.CreateProtector("Clout.KeyRing.Ready").Protect([]);
            return imported;
        }
    }

    Task IHostedService.StartAsync(CancellationToken cancellationToken) => EnsureAsync(cancellationToken);

    Task IHostedService.StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "Imported {Count} data-protection keys from {Folder} into the database: every node and the CLI now read them there; the folder is no longer used.")]
    private partial void LogImported(int count, string folder);
}
