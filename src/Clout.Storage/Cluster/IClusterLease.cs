namespace Clout.Storage.Cluster;

/// <summary>A held cluster lock that can tell whether it is still held (its connection may have been cut).</summary>
internal interface IClusterLease : IAsyncDisposable
{
    Task<bool> IsHeldAsync(CancellationToken cancellationToken);
}
