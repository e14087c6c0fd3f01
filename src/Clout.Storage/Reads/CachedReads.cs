using Clout.Storage.Model;

namespace Clout.Storage.Reads;

/// <summary>
/// Expensive reads of a workspace (the tier report, the roster, a campaign's activity, a plan), made once while the
/// data stay the same. The key holds the database's <see cref="IDataVersion"/>, read on every request, so any write —
/// here, on another server sharing the database, or from the command line — makes the next request read again; and
/// today's date, which loyalty windows and post ages count from. What is cached is shared between requests, so
/// callers only read it.
/// </summary>
public sealed class CachedReads(IDataVersion version, ReadMemory memory, WorkspaceScope scope, TimeProvider clock)
{
    /// <param name="what">The kind of read ("tier-report", "roster" …), unique per caller.</param>
    /// <param name="arguments">What else the read depends on (a filter, an id): a value with value equality, or null.</param>
    public async Task<T> GetOrBuildAsync<T>(string what, object? arguments, Func<CancellationToken, Task<T>> build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        // Read before the data: a write committed after this reading changes the next one, so a result that already
        // saw it is at worst read once more, never served after a write it missed.
        if (await version.ReadAsync(cancellationToken) is not { } stamp)
        {
            return await build(cancellationToken);
        }
        var today = clock.GetUtcNow().UtcDateTime.Date;
        var key = new Key(scope.WorkspaceId, what, arguments, today, stamp);
        if (memory.TryGet(key, out var found) && found is T cached)
        {
            return cached;
        }
        var value = await build(cancellationToken);
        memory.Set(key, value);
        return value;
    }

    private sealed record Key(long WorkspaceId, string What, object? Arguments, DateTime TodayUtc, string Version);
}
