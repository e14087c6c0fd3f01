using Npgsql;

namespace Clout.Storage.Reads;

/// <summary>
/// PostgreSQL's current snapshot (<c>pg_current_snapshot()</c>: the oldest running transaction, the next transaction
/// id and those in progress). A transaction id is given to a transaction when it first writes, so a write that begins
/// after a reading moves the next id, and one that was running at the reading leaves the in-progress list when it
/// commits: either way the next reading differs. It covers the whole server, so other databases' writes change it too
/// (a cache then misses more often, never answers stale).
/// </summary>
public sealed class PostgresDataVersion(string connectionString) : IDataVersion
{
    public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_current_snapshot()::text;", connection);
        return "postgres:" + (string?)await command.ExecuteScalarAsync(cancellationToken);
    }
}
