namespace Clout.Storage.Cluster;

/// <summary>
/// A lock shared by every node on the same database, so that periodic work (sweeps, syncs) runs on one node at a time.
/// On PostgreSQL a session-level advisory lock held on a connection of its own: it goes with that connection, so a
/// killed node's lock is released by the server. On SQLite there is one node, and the lock is always granted.
/// </summary>
public interface IClusterLock
{
    /// <summary>Takes the named lock if no other node holds it; null when one does. Held until disposed.</summary>
    Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken);

    /// <summary>Waits until the named lock is free and takes it: for start-up work every node must see done once.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken);
}
