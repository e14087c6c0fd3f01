namespace Clout.Storage.Cluster;

/// <summary>SQLite's lock: one file, one node, so every lock is granted at once.</summary>
internal sealed class SingleNodeClusterLock : IClusterLock
{
    public Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable?>(Lease.Instance);

    public Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(Lease.Instance);

    private sealed class Lease : IClusterLease
    {
        public static readonly Lease Instance = new();

        public Task<bool> IsHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
