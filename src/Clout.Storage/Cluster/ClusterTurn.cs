namespace Clout.Storage.Cluster;

/// <summary>
/// Which node runs a periodic job: the first to take the job's lock keeps it between runs, so the job runs once per
/// interval across nodes however their timers are offset; the others skip their turns until the holder's connection
/// ends (it stopped or died), when the next to try takes over. One per job and node, used from one loop at a time.
/// </summary>
public sealed class ClusterTurn(IClusterLock clusterLock, string name) : IAsyncDisposable
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
        return _held is not null;
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
