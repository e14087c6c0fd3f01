using System.Data.Common;
using Clout.Storage.Model;
using Npgsql;

namespace Clout.Storage.Sql;

/// <summary>
/// Writes many rows with one parameterised statement inside the caller's transaction. On SQLite a prepared
/// command run once per row is the fastest path there is; on PostgreSQL rows go in batches to save round trips.
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private const int PostgresBatchSize = 1_000;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly string _sql;
    private readonly int _parameterCount;
    private readonly DbCommand? _prepared;
    private NpgsqlBatch? _batch;

    public BulkWriter(DbConnection connection, DbTransaction transaction, string sql, int parameterCount)
    {
        _connection = connection;
        _transaction = transaction;
        _sql = sql;
        _parameterCount = parameterCount;
        if (connection is not NpgsqlConnection)
        {
            _prepared = connection.CreateCommand();
            _prepared.Transaction = transaction;
            _prepared.CommandText = sql;
            for (var i = 0; i < parameterCount; i++)
            {
                var parameter = _prepared.CreateParameter();
                parameter.ParameterName = "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                _prepared.Parameters.Add(parameter);
            }
            _prepared.Prepare();
        }
    }

    /// <exception cref="StorageValidationException">A value holds text no database stores (<see cref="StoredTextGuard"/>).</exception>
    public async Task WriteAsync(object?[] values, CancellationToken cancellationToken)
    {
        StoredTextGuard.Check(values);
        if (_prepared is not null)
        {
            for (var i = 0; i < _parameterCount; i++)
            {
                _prepared.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
            await _prepared.ExecuteNonQueryAsync(cancellationToken);
            return;
        }
        _batch ??= new NpgsqlBatch((NpgsqlConnection)_connection, (NpgsqlTransaction)_transaction);
        var command = new NpgsqlBatchCommand(PositionalSql);
        for (var i = 0; i < _parameterCount; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = values[i] ?? DBNull.Value });
        }
        _batch.BatchCommands.Add(command);
        if (_batch.BatchCommands.Count >= PostgresBatchSize)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            await _batch.ExecuteNonQueryAsync(cancellationToken);
            await _batch.DisposeAsync();
            _batch = null;
        }
    }

    /// <summary>Npgsql batches take positional $1..$n parameters; the SQL is written with @p0..@pn.</summary>
    private string PositionalSql => _positional ??= ToPositional(_sql, _parameterCount);

    private string? _positional;

    private static string ToPositional(string sql, int count)
    {
        // Replace the highest numbers first so that @p1 does not eat the start of @p10.
        for (var i = count - 1; i >= 0; i--)
        {
            sql = sql.Replace("@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
        return sql;
    }

    public async ValueTask DisposeAsync()
    {
        if (_prepared is not null)
        {
            await _prepared.DisposeAsync();
        }
        if (_batch is not null)
        {
            await _batch.DisposeAsync();
        }
    }
}
