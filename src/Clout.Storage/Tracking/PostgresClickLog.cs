using Clout.Core.Tracking;
using Npgsql;

namespace Clout.Storage.Tracking;

/// <summary>
/// The click log on PostgreSQL: each batch on a connection of the pool, in one transaction, with the rows sent in
/// batches of statements (<see cref="ClickWriter"/>). No service scope or context per batch: the log needs neither.
/// </summary>
public sealed class PostgresClickLog(string connectionString) : IClickLog
{
    public bool CanFlushToDisk => false;

    public void Write(IReadOnlyList<NewClick> clicks)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        if (clicks.Count == 0)
        {
            return;
        }
        // The caller is the click writer's own thread: it may wait for the network, nothing else runs on it.
        WriteAsync(clicks).GetAwaiter().GetResult();
    }

    /// <summary>Nothing to do: a PostgreSQL commit is already as durable as the server is configured to make it.</summary>
    public void FlushToDisk()
    {
    }

    private async Task WriteAsync(IReadOnlyList<NewClick> clicks)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await ClickWriter.WriteAsync(connection, transaction, clicks, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
    }
}
