namespace Clout.Storage.Reads;

/// <summary>
/// A stamp of the database's committed state: it differs after any transaction that wrote, by any process on any
/// server. Caches of what is expensive to read (the tier report) key on it, so that a write through another node, an
/// import from the command line or raw SQL is seen on the next request. It says "something changed", not what: every
/// write, of any workspace, drops every cached report, which keeps it cheap (one tiny read per request) and
/// impossible to forget in a new writer.
/// </summary>
public interface IDataVersion
{
    /// <summary>The stamp now; null when the database cannot tell (an in-memory SQLite database), and nothing may be cached.</summary>
    ValueTask<string?> ReadAsync(CancellationToken cancellationToken);
}
