using System.Data.Common;

namespace Clout.Storage.Sql;

/// <summary>
/// The indexes of one SQLite table, dropped inside the caller's transaction before a large insert and created again
/// from their own definitions (sqlite_master) after it: building an index once over sorted rows is far cheaper than
/// keeping it in order row by row. SQLite's DDL is transactional, so a rollback brings every index back as it was, and
/// the write transaction holds the only write lock, so no other writer sees the table without them. Indexes made by
/// a table's constraints (no SQL of their own) stay; so do unique indexes when <c>keepUnique</c> says an upsert
/// needs them as its conflict target. A unique index created again over rows that break it fails the write, whole.
/// </summary>
internal sealed class SqliteIndexRebuild
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<string> _definitions;

    private SqliteIndexRebuild(DbConnection connection, DbTransaction transaction, List<string> definitions)
    {
        _connection = connection;
        _transaction = transaction;
        _definitions = definitions;
    }

    /// <summary>How many rows <paramref name="table"/> holds, in every workspace: an index rebuild sorts them all.</summary>
    public static async Task<long> CountAsync(DbConnection connection, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, $"SELECT count(*) FROM \"{table}\"");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<SqliteIndexRebuild> DropAsync(DbConnection connection, DbTransaction transaction, string table, bool keepUnique,
        CancellationToken cancellationToken)
    {
        var indexes = new List<(string Name, string Sql)>();
        await using (var read = Command(connection, transaction,
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL ORDER BY name"))
        {
            var parameter = read.CreateParameter();
            parameter.ParameterName = "@table";
            parameter.Value = table;
            read.Parameters.Add(parameter);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        var dropped = indexes.Where(i => !keepUnique || !IsUnique(i.Sql)).ToList();
        foreach (var (name, _) in dropped)
        {
            await ExecuteAsync(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken);
        }
        return new SqliteIndexRebuild(connection, transaction, [.. dropped.Select(i => i.Sql)]);
    }

    /// <summary>Creates every dropped index again, from the definition it was made with.</summary>
    public async Task RecreateAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _definitions)
        {
            await ExecuteAsync(_connection, _transaction, sql, cancellationToken);
        }
    }

    private static bool IsUnique(string sql) => sql.StartsWith("CREATE UNIQUE", StringComparison.OrdinalIgnoreCase);

    internal static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
