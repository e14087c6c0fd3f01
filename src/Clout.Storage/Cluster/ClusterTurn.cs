using System.Diagnostics.Metrics;

namespace Clout.Storage.Cluster;

/// <summary>
/// Which node runs a periodic job: the first to take the job's lock keeps it between runs, so the job runs once per
/// interval across nodes however their timers are offset; the others skip their turns until the holder's connection
/// ends (it stopped or died), when the next to try takes over. One per job and node, used from one loop at a time.
/// Each turn is counted on <paramref name="turns"/> (tags: job, and outcome "this_node" or "other_node").
/// </summary>
public sealed class ClusterTurn(IClusterLock clusterLock, string name, Counter<long>? turns = null) : IAsyncDisposable
{
    private IAsyncDisposable? _held;

    public string Name => name;

    /// <summary>True when this node holds the job's lock now (taking it if it is free).</summary>
    public async Task<bool> IsMineAsync(CancellationToken cancellationToken)
    {
        if (_held is IClusterLease lease && !await lease.IsHeldAsync(cancellationToken))
        {
            await ReleaseAsync();
        }
        _held ??= await clusterLock.TryAcquireAsync(name, cancellationToken);
        var mine = _held is not null;
        turns?.Add(1, new("job", name), new("outcome", mine ? "this_node" : "other_node"));
        return mine;
    }

    public async ValueTask DisposeAsync() => await ReleaseAsync();

    private async Task ReleaseAsync()
    {
        if (_held is { } held)
        {
            _held = null;
            await held.DisposeAsync();
        }
    }
}
