using System.Data.Common;

namespace Clout.Storage.Sql;

/// <summary>
/// A trigger dropped inside the caller's transaction before a large insert, and after it stood in for
/// (<see cref="SqliteTriggerStandIn"/>) and created again from its own definition in sqlite_master. Like the index
/// rebuild (<see cref="SqliteIndexRebuild"/>), SQLite's DDL is transactional: a rollback brings the trigger back as it
/// was, and the write transaction holds the only write lock, so no other writer inserts a row while it is gone.
/// </summary>
internal sealed class SqliteTriggerPause
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly SqliteTriggerStandIn _standIn;
    private readonly string _definition;
    private readonly long _after;

    private SqliteTriggerPause(DbConnection connection, DbTransaction transaction, SqliteTriggerStandIn standIn, string definition, long after)
    {
        _connection = connection;
        _transaction = transaction;
        _standIn = standIn;
        _definition = definition;
        _after = after;
    }

    /// <summary>Drops the trigger; null when <paramref name="table"/> has no such trigger, which then has nothing to stand in for.</summary>
    public static async Task<SqliteTriggerPause?> PauseAsync(DbConnection connection, DbTransaction transaction, string table,
        SqliteTriggerStandIn standIn, CancellationToken cancellationToken)
    {
        string definition;
        await using (var read = SqliteIndexRebuild.Command(connection, transaction,
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = @table AND name = @name"))
        {
            Add(read, "@table", table);
            Add(read, "@name", standIn.Trigger);
            if (await read.ExecuteScalarAsync(cancellationToken) is not string sql)
            {
                return null;
            }
            definition = sql;
        }
        long after;
        await using (var max = SqliteIndexRebuild.Command(connection, transaction, $"SELECT coalesce(max(rowid), 0) FROM \"{table}\""))
        {
            after = Convert.ToInt64(await max.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        await SqliteIndexRebuild.ExecuteAsync(connection, transaction,
            $"DROP TRIGGER \"{standIn.Trigger.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
        return new SqliteTriggerPause(connection, transaction, standIn, definition, after);
    }

    /// <summary>Does for every row inserted since the pause what the trigger would have done, then creates it again.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        await using (var catchUp = SqliteIndexRebuild.Command(_connection, _transaction, _standIn.CatchUpSql))
        {
            Add(catchUp, "@after", _after);
            await catchUp.ExecuteNonQueryAsync(cancellationToken);
        }
        await SqliteIndexRebuild.ExecuteAsync(_connection, _transaction, _definition, cancellationToken);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
