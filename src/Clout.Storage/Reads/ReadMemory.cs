using Microsoft.Extensions.Caching.Memory;

namespace Clout.Storage.Reads;

/// <summary>
/// The process's memory of expensive reads, kept for <see cref="CachedReads"/>: a bounded memory of its own, so reads
/// never crowd out the link cache or the other way round.
/// </summary>
public sealed class ReadMemory : IDisposable
{
    /// <summary>
    /// Reads kept at most: a tier report or roster of a thousand influencers is a few hundred kilobytes, and a team
    /// looks at a handful of workspaces, pages, periods and campaigns at a time.
    /// </summary>
    public const int Capacity = 128;

    /// <summary>An unused read goes after this long even under the capacity, so a quiet server returns its memory.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    internal bool TryGet(object key, out object? value) => _cache.TryGetValue(key, out value);

    internal void Set(object key, object? value) =>
        _cache.Set(key, value, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });

    public void Dispose() => _cache.Dispose();
}
