using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Clout.Storage.Ingestion;

/// <summary>
/// The write side the pipeline hands a kind: the import's one transaction, rows written with prepared, batched
/// statements (<see cref="BulkWriter"/>), and progress every <see cref="ImportPipeline.ProgressEvery"/> rows.
/// From <paramref name="bulkFrom"/> new rows on, a large import takes the bulk path of its database, with the same
/// result: on SQLite the table's indexes are dropped and built again after the rows (<see cref="SqliteIndexRebuild"/>)
/// when the import at least doubles the table, and a row trigger with a stand-in is replaced by one statement over the
/// new rows (<see cref="SqliteTriggerPause"/>); on PostgreSQL new rows go through COPY (<see cref="PostgresCopy"/>).
/// </summary>
internal sealed class ImportWriter(CloutDbContext db, IDbContextTransaction transaction, IProgress<ImportProgress>? progress, int bulkFrom)
{
    /// <summary>Writes every row with the same statement.</summary>
    public Task WriteAsync<T>(string sql, int parameters, IReadOnlyList<Numbered<T>> rows, Func<T, object?[]> values,
        CancellationToken cancellationToken) =>
        WriteAsync(new RowStatements<T>(sql, sql, _ => false), parameters, rows, values, cancellationToken);

    /// <summary>
    /// Writes each row with the plain INSERT when it is new and the upsert when its id is already stored: on SQLite
    /// an ON CONFLICT clause more than halves the insert rate even when no row conflicts. <paramref name="values"/> is
    /// called once per row, in order.
    /// </summary>
    public async Task WriteAsync<T>(RowStatements<T> statements, int parameters, IReadOnlyList<Numbered<T>> rows,
        Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var fresh = rows.Count(r => !statements.Exists(r.Row));
        if (fresh >= bulkFrom && PlainInsert.Parse(statements.Insert) is { } plain && connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, (NpgsqlTransaction)dbTransaction, plain, statements, parameters, rows, values, cancellationToken);
            return;
        }
        var table = fresh >= bulkFrom && connection is not NpgsqlConnection ? PlainInsert.TableOf(statements.Insert) : null;
        var rebuild = table is not null && fresh >= await SqliteIndexRebuild.CountAsync(connection, dbTransaction, table, cancellationToken)
            ? await SqliteIndexRebuild.DropAsync(connection, dbTransaction, table,
                keepUnique: fresh < rows.Count || PlainInsert.Parse(statements.Insert) is null, cancellationToken)
            : null;
        // Whatever the table's size: the stand-in's one statement costs in proportion to the new rows only.
        var paused = table is not null && statements.TriggerStandIn is { } standIn
            ? await SqliteTriggerPause.PauseAsync(connection, dbTransaction, table, standIn, cancellationToken)
            : null;
        await using (var insert = new BulkWriter(connection, dbTransaction, statements.Insert, parameters))
        // Prepared only when a row needs it: its conflict target may be among the indexes dropped when none does.
        await using (var upsert = fresh < rows.Count ? new BulkWriter(connection, dbTransaction, statements.Upsert, parameters) : null)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i].Row;
                await (statements.Exists(row) ? upsert! : insert).WriteAsync(values(row), cancellationToken);
                Report(i + 1, rows.Count);
            }
            await insert.FlushAsync(cancellationToken);
            if (upsert is not null)
            {
                await upsert.FlushAsync(cancellationToken);
            }
        }
        if (paused is not null)
        {
            await paused.ResumeAsync(cancellationToken);
        }
        if (rebuild is not null)
        {
            await rebuild.RecreateAsync(cancellationToken);
        }
        progress?.Report(new ImportProgress(ImportStage.Writing, rows.Count, rows.Count));
    }

    /// <summary>
    /// New rows through COPY, then the stored ones through the upsert: the connection serves one command at a time, so
    /// the upserts' values wait in memory (they are few, or the file was imported before).
    /// </summary>
    private async Task CopyAsync<T>(NpgsqlConnection connection, NpgsqlTransaction dbTransaction, PlainInsert plain, RowStatements<T> statements,
        int parameters, IReadOnlyList<Numbered<T>> rows, Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var stored = new List<object?[]>();
        await using (var copy = await PostgresCopy.BeginAsync(connection, dbTransaction, plain, cancellationToken))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i].Row;
                if (statements.Exists(row))
                {
                    stored.Add(values(row));
                }
                else
                {
                    await copy.WriteAsync(values(row), cancellationToken);
                }
                Report(i + 1, rows.Count);
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await using var upsert = new BulkWriter(connection, dbTransaction, statements.Upsert, parameters);
        foreach (var row in stored)
        {
            await upsert.WriteAsync(row, cancellationToken);
        }
        await upsert.FlushAsync(cancellationToken);
        progress?.Report(new ImportProgress(ImportStage.Writing, rows.Count, rows.Count));
    }

    private void Report(int written, int total)
    {
        if (written % ImportPipeline.ProgressEvery == 0)
        {
            progress?.Report(new ImportProgress(ImportStage.Writing, written, total));
        }
    }
}
