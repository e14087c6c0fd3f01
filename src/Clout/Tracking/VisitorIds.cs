using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Clout.Storage.Tracking;

namespace Clout.Tracking;

/// <summary>
/// A visitor id is HMAC-SHA256 of the client address and user agent under the workspace's salt of the UTC day:
/// the same browser is one visitor all day, a new visitor the next day, and the address itself is never kept.
/// Today's salt is held in memory; a new day's salt is made (and the old ones deleted) by <see cref="VisitorSaltStore"/>.
/// </summary>
internal sealed class VisitorIds(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private readonly ConcurrentDictionary<long, (DateTime DayUtc, byte[] Salt)> _today = new();
    private readonly SemaphoreSlim _loading = new(1, 1);

    public async ValueTask<string> ForAsync(long workspaceId, string? address, string? userAgent, CancellationToken cancellationToken)
    {
        var salt = await SaltAsync(workspaceId, clock.GetUtcNow().UtcDateTime.Date, cancellationToken);
        return Hash(salt, address, userAgent);
    }

    public static string Hash(byte[] salt, string? address, string? userAgent)
    {
        // A newline cannot occur in either part, so no two different pairs give the same input.
        var input = Encoding.UTF8.GetBytes($"{address}\n{userAgent}");
        return Convert.ToHexStringLower(HMACSHA256.HashData(salt, input));
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
