using Npgsql;

namespace Clout.Storage.Sql;

/// <summary>
/// Rows written with PostgreSQL's binary COPY into the columns of a <see cref="PlainInsert"/>, inside the caller's
/// transaction: one stream instead of a statement per row. COPY fires the table's row triggers and checks its
/// constraints like an INSERT, so what is stored is what the INSERT would store; a failure rolls the transaction back.
/// Each value is written as its column's own type, read from the catalogue, as a parameter of the INSERT would be.
/// </summary>
internal sealed class PostgresCopy : IAsyncDisposable
{
    private readonly NpgsqlBinaryImporter _importer;
    private readonly string[] _types;

    private PostgresCopy(NpgsqlBinaryImporter importer, string[] types)
    {
        _importer = importer;
        _types = types;
    }

    /// <summary>Starts the COPY; the connection serves nothing else until <see cref="CompleteAsync"/> or disposal.</summary>
    public static async Task<PostgresCopy> BeginAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PlainInsert insert,
        CancellationToken cancellationToken)
    {
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("""
            SELECT a.attname, t.typname FROM pg_attribute AS a JOIN pg_type AS t ON t.oid = a.atttypid
            WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
            """, connection, transaction))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = insert.Table });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }
        var importer = await connection.BeginBinaryImportAsync(
            $"COPY {insert.Table} ({string.Join(", ", insert.Columns)}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        return new PostgresCopy(importer, [.. insert.Columns.Select(c => types[c])]);
    }

    /// <exception cref="Model.StorageValidationException">A value holds text no database stores (<see cref="StoredTextGuard"/>).</exception>
    public async Task WriteAsync(object?[] values, CancellationToken cancellationToken)
    {
        StoredTextGuard.Check(values);
        await _importer.StartRowAsync(cancellationToken);
        for (var i = 0; i < _types.Length; i++)
        {
            if (values[i] is null)
            {
                await _importer.WriteNullAsync(cancellationToken);
            }
            else
            {
                await _importer.WriteAsync(values[i], _types[i], cancellationToken);
            }
        }
    }

    /// <summary>Ends the stream; the rows are then written, in the caller's transaction.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken) => await _importer.CompleteAsync(cancellationToken);

    /// <summary>Without <see cref="CompleteAsync"/>, cancels the COPY: nothing of it is written.</summary>
    public ValueTask DisposeAsync() => _importer.DisposeAsync();
}
