using System.Buffers;
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

    /// <summary>Inputs up to this many bytes are encoded on the stack (a user agent is a few hundred).</summary>
    private const int StackLimit = 2048;

    [ThreadStatic]
    private static (byte[] Salt, IncrementalHash Hmac)? t_hmac;

    public async ValueTask<string> ForAsync(long workspaceId, string? address, string? userAgent, CancellationToken cancellationToken)
    {
        var salt = await SaltAsync(workspaceId, clock.GetUtcNow().UtcDateTime.Date, cancellationToken);
        return Hash(salt, address, userAgent);
    }

    public static string Hash(byte[] salt, string? address, string? userAgent)
    {
        ArgumentNullException.ThrowIfNull(salt);
        address ??= "";
        userAgent ??= "";
        // A newline cannot occur in either part, so no two different pairs give the same input.
        var length = Encoding.UTF8.GetMaxByteCount(address.Length + userAgent.Length + 1);
        var rented = length > StackLimit ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> input = rented ?? stackalloc byte[StackLimit];
            var written = Encoding.UTF8.GetBytes(address, input);
            input[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(userAgent, input[written..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            var hmac = HmacFor(salt);
            hmac.AppendData(input[..written]);
            hmac.GetHashAndReset(hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// This thread's HMAC keyed with <paramref name="salt"/>: setting up a keyed HMAC costs more than hashing a user
    /// agent, and every redirect hashes one. A new day's salt is a new array, so the key follows it.
    /// </summary>
    private static IncrementalHash HmacFor(byte[] salt)
    {
        if (t_hmac is { } held && ReferenceEquals(held.Salt, salt))
        {
            return held.Hmac;
        }
        t_hmac?.Hmac.Dispose();
        var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, salt);
        t_hmac = (salt, hmac);
        return hmac;
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
