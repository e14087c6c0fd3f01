using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Ingestion;

/// <summary>
/// Every import, whatever its kind (<see cref="KindImporter{TRow, TPlan}"/>), in the same three steps: read the file
/// into rows, each error with its line and field; check the rows against the file and the workspace; and only when no
/// row failed, write them in one transaction. A file with one bad row changes nothing.
/// </summary>
internal sealed class ImportPipeline(CloutDbContext db, WorkspaceScope scope)
{
    /// <summary>Records read, or rows written, between two progress reports.</summary>
    public const int ProgressEvery = 5_000;

    /// <summary>
    /// New rows from which an import takes its database's bulk path (<see cref="ImportWriter"/>). Below it a bulk path
    /// saves too little to be worth its fixed cost: the catalogue reads, and on SQLite the rebuild of every index.
    /// </summary>
    public const int DefaultBulkFrom = 10_000;

    /// <summary>Writes tried before a unique violation is let through: a lost race is checked again, a second loss too.</summary>
    private const int RaceAttempts = 3;

    /// <summary><see cref="DefaultBulkFrom"/> unless a test or a benchmark forces one path for this scope's imports.</summary>
    internal int BulkFrom { get; set; } = DefaultBulkFrom;

    public async Task<ImportResult> ImportFileAsync<TRow, TPlan>(KindImporter<TRow, TPlan> kind, Stream stream, ImportOptions options,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        where TRow : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        RequireScope();
        using var records = await ISourceRecords.OpenAsync(stream, options, kind.Kind, kind.Schema, cancellationToken);
        var errors = new List<ImportError>(records.StructureErrors);
        if (errors.Count > 0)
        {
            return Failed(kind.Kind, 0, errors);
        }
        var rows = Read(kind, records, errors, stream, progress);
        var result = await CheckAndWriteAsync(kind, rows, errors, progress, cancellationToken);
        if (result.Inserted + result.Updated >= Importer.StatisticsAfter)
        {
            await RefreshStatisticsAsync(kind.Written);
        }
        return result;
    }

    /// <summary>Rows already typed (the demo's, a caller's that holds rows): checked and written like a file's; line = position + 1.</summary>
    public Task<ImportResult> ImportRowsAsync<TRow, TPlan>(KindImporter<TRow, TPlan> kind, IReadOnlyList<TRow> rows,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        where TRow : class
    {
        RequireScope();
        return CheckAndWriteAsync(kind, [.. rows.Select((r, i) => new Numbered<TRow>(i + 1, r))], [], progress, cancellationToken);
    }

    private static List<Numbered<TRow>> Read<TRow, TPlan>(KindImporter<TRow, TPlan> kind, ISourceRecords records, List<ImportError> errors,
        Stream stream, IProgress<ImportProgress>? progress)
        where TRow : class
    {
        var total = stream.CanSeek ? stream.Length : 0;
        var rows = new List<Numbered<TRow>>();
        var fields = new FieldReader(records, errors);
        var count = 0;
        while (records.Read())
        {
            fields.BeginRow();
            var row = kind.Parse(fields);
            if (row is not null && !fields.RowHasErrors)
            {
                rows.Add(new Numbered<TRow>(records.Line, row));
            }
            if (++count % ProgressEvery == 0 && total > 0)
            {
                progress?.Report(new ImportProgress(ImportStage.Reading, Math.Min(stream.Position, total), total));
            }
        }
        errors.AddRange(records.RecordErrors);
        progress?.Report(new ImportProgress(ImportStage.Reading, total, total));
        return rows;
    }

    /// <summary>
    /// The checks read the workspace before the write transaction, so another import may take a code or a name between
    /// them and the write; its unique index then refuses the write, which rolls back whole. The rows are checked again,
    /// against what is stored now, and the loser gets the error it would have got one import later ("already used",
    /// with line and field), never the index's exception.
    /// </summary>
    private async Task<ImportResult> CheckAndWriteAsync<TRow, TPlan>(KindImporter<TRow, TPlan> kind, List<Numbered<TRow>> rows,
        List<ImportError> errors, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
        where TRow : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = new List<ImportError>(errors);
            var plan = await kind.CheckAsync(rows, found, cancellationToken);
            if (found.Count > 0)
            {
                return Failed(kind.Kind, rows.Count, found);
            }
            plan = await kind.PrepareAsync(rows, plan, cancellationToken);
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var updated = await kind.WriteAsync(rows, plan, new ImportWriter(db, transaction, progress, BulkFrom), cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return new ImportResult(kind.Kind, rows.Count, rows.Count - updated, updated, [], 0);
            }
            catch (Exception e) when (attempt < RaceAttempts && UniqueViolation.Is(e))
            {
                // What the rolled-back write left tracked (a new campaign's id) is not stored: forget it.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// ANALYZE of the tables an import wrote. Without statistics SQLite's planner takes any index on the workspace for
    /// the reports' "every row of the workspace" reads and visits the table row by row: the tier report read its
    /// 200,000 posts in 0.8 s instead of 0.5 (bench/README.md, "Tier report"). PostgreSQL's autovacuum would get there
    /// too, later; a bulk load is the moment to do it. Both take well under a second on a workspace of millions of rows.
    /// The import is committed by then, so this is best effort: not cancelled with the import, and a database busy with
    /// another writer (SQLite) leaves the statistics as they were rather than reporting a stored import as failed.
    /// </summary>
    private async Task RefreshStatisticsAsync(IReadOnlyList<Type> written)
    {
        try
        {
            foreach (var entity in written)
            {
                var table = db.Model.FindEntityType(entity)!.GetTableName();
#pragma warning disable EF1002 // the model's own table names, not input
                await db.Database.ExecuteSqlRawAsync($"ANALYZE {table}", CancellationToken.None);
#pragma warning restore EF1002
            }
        }
        catch (System.Data.Common.DbException)
        {
            // The planner keeps its old statistics; the next bulk import tries again.
        }
    }

    private static ImportResult Failed(ImportKind kind, int rows, List<ImportError> errors)
    {
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ImportResult(kind, rows, 0, 0, errors.Count > Importer.MaxErrorsListed ? errors[..Importer.MaxErrorsListed] : errors, errors.Count);
    }

    private void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }
}
