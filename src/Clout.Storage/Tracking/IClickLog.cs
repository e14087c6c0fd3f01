using Clout.Core.Tracking;

namespace Clout.Storage.Tracking;

/// <summary>
/// Where the redirect's clicks go: a batch in one transaction, committed when <see cref="Write"/> returns. One per
/// process, chosen with the database where storage is registered (<see cref="SqliteClickLog"/> or
/// <see cref="PostgresClickLog"/>), and used by one writer thread at a time, which may block on it.
/// </summary>
public interface IClickLog
{
    /// <summary>
    /// Whether <see cref="FlushToDisk"/> adds anything to a commit: true on SQLite, whose commits reach the operating
    /// system but not yet the disk; false on PostgreSQL, whose commit is as durable as its synchronous_commit says.
    /// </summary>
    bool CanFlushToDisk { get; }

    /// <summary>Writes all clicks in one transaction; returns when they are committed, throws when none were.</summary>
    void Write(IReadOnlyList<NewClick> clicks);

    /// <summary>
    /// Makes every click committed before this call survive a power cut. Safe to call from another thread while
    /// <see cref="Write"/> runs; throws when the disk refuses.
    /// </summary>
    void FlushToDisk();
}
