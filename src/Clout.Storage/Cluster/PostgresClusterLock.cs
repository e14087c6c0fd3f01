using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Clout.Storage.Cluster;

/// <summary>
/// PostgreSQL's advisory locks, session-level, each on an unpooled connection of its own: a pooled connection would
/// go back to the pool still holding the lock, while closing an unpooled one ends the session and frees it — which is
/// also what happens when a node dies.
/// </summary>
internal sealed class PostgresClusterLock(string connectionString) : IClusterLock
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString;

    /// <summary>A stable 64-bit key for a name: the first 8 bytes of its SHA-256, the same on every node and run.</summary>
    public static long Key(string name) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("clout:" + name)));

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection) { Parameters = { new() { Value = Key(name) } } };
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Lease(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection) { Parameters = { new() { Value = Key(name) } } };
            // Waits as long as another node holds it: the start-up work under it is short.
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new Lease(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Closing the connection ends the session, which releases its advisory locks.</summary>
    private sealed class Lease(NpgsqlConnection connection) : IClusterLease
    {
        public async Task<bool> IsHeldAsync(CancellationToken cancellationToken)
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
            {
                // The session is gone (a restart, a terminated backend): so is the lock.
                return false;
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
