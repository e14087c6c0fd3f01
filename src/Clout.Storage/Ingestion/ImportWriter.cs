using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Clout.Storage.Ingestion;

/// <summary>
/// The write side the pipeline hands a kind: the import's one transaction, rows written with prepared, batched
/// statements (<see cref="BulkWriter"/>), and progress every <see cref="ImportPipeline.ProgressEvery"/> rows.
/// </summary>
internal sealed class ImportWriter(CloutDbContext db, IDbContextTransaction transaction, IProgress<ImportProgress>? progress)
{
    /// <summary>Writes every row with the same statement.</summary>
    public Task WriteAsync<T>(string sql, int parameters, IReadOnlyList<Numbered<T>> rows, Func<T, object?[]> values,
        CancellationToken cancellationToken) =>
        WriteAsync(new RowStatements<T>(sql, sql, _ => true), parameters, rows, values, cancellationToken);

    /// <summary>
    /// Writes each row with the plain INSERT when it is new and the upsert when its id is already stored: on SQLite
    /// an ON CONFLICT clause more than halves the insert rate even when no row conflicts.
    /// </summary>
    public async Task WriteAsync<T>(RowStatements<T> statements, int parameters, IReadOnlyList<Numbered<T>> rows,
        Func<T, object?[]> values, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        await using var insert = new BulkWriter(connection, dbTransaction, statements.Insert, parameters);
        await using var upsert = new BulkWriter(connection, dbTransaction, statements.Upsert, parameters);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i].Row;
            await (statements.Exists(row) ? upsert : insert).WriteAsync(values(row), cancellationToken);
            if ((i + 1) % ImportPipeline.ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress(ImportStage.Writing, i + 1, rows.Count));
            }
        }
        await insert.FlushAsync(cancellationToken);
        await upsert.FlushAsync(cancellationToken);
        progress?.Report(new ImportProgress(ImportStage.Writing, rows.Count, rows.Count));
    }
}
