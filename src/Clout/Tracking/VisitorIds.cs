using System.Collections.Concurrent;
using Clout.Core.Tracking;
using Clout.Storage.Tracking;

namespace Clout.Tracking;

/// <summary>
/// Visitor ids of requests (<see cref="VisitorHash"/>: the address and user agent under the workspace's salt of the
/// UTC day). Today's salt is held in memory; a new day's salt is made (and the old ones deleted) by
/// <see cref="VisitorSaltStore"/>, the one trip to the database, once per workspace and day.
/// </summary>
internal sealed class VisitorIds(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<long, (DateTime DayUtc, byte[] Salt)> _today = new();
    private readonly SemaphoreSlim _loading = new(1, 1);

    public async ValueTask<string> ForAsync(long workspaceId, string? address, string? userAgent, CancellationToken cancellationToken)
    {
        var salt = await SaltAsync(workspaceId, clock.GetUtcNow().UtcDateTime.Date, cancellationToken);
        return VisitorHash.Compute(salt, address, userAgent);
    }

    private async ValueTask<byte[]> SaltAsync(long workspaceId, DateTime dayUtc, CancellationToken cancellationToken)
    {
        if (_today.TryGetValue(workspaceId, out var held) && held.DayUtc == dayUtc)
        {
            return held.Salt;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_today.TryGetValue(workspaceId, out held) && held.DayUtc == dayUtc)
            {
                return held.Salt;
            }
            await using var scope = scopes.CreateAsyncScope();
            var salt = await scope.ServiceProvider.GetRequiredService<VisitorSaltStore>().GetOrCreateAsync(workspaceId, dayUtc, cancellationToken);
            _today[workspaceId] = (dayUtc, salt);
            return salt;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();
}
