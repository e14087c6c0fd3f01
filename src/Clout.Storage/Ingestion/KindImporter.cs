namespace Clout.Storage.Ingestion;

/// <summary>
/// What one kind of file brings to the <see cref="ImportPipeline"/>: its columns, how a record becomes a row, the
/// checks of the rows against the file and the workspace, and how checked rows are written. The pipeline does the
/// rest, once for every kind: reading, nothing written while any row has an error, the transaction, progress and the
/// statistics after a bulk import.
/// </summary>
/// <typeparam name="TRow">One parsed row.</typeparam>
/// <typeparam name="TPlan">What the checks and the preparation found that the write needs (resolved ids, stored keys).</typeparam>
internal abstract class KindImporter<TRow, TPlan>
    where TRow : class
{
    public abstract ImportKind Kind { get; }

    /// <summary>The columns (CSV) or properties (JSON) a file of this kind has.</summary>
    public abstract ImportSchema Schema { get; }

    /// <summary>The entities whose tables this kind writes: a bulk import refreshes their statistics.</summary>
    public abstract IReadOnlyList<Type> Written { get; }

    /// <summary>One record as a row, or null when a field failed (the reader holds the errors).</summary>
    public abstract TRow? Parse(FieldReader fields);

    /// <summary>Adds an error, with line and field, for every row that breaks a rule of the file (a duplicate) or of the workspace (a reference).</summary>
    public abstract Task<TPlan> CheckAsync(IReadOnlyList<Numbered<TRow>> rows, List<ImportError> errors, CancellationToken cancellationToken);

    /// <summary>Once every row passed, before the transaction: the reads and the work the write needs that need not hold the write lock.</summary>
    public virtual Task<TPlan> PrepareAsync(IReadOnlyList<Numbered<TRow>> rows, TPlan plan, CancellationToken cancellationToken) =>
        Task.FromResult(plan);

    /// <summary>Writes the rows in the pipeline's transaction; returns how many of them were already stored (updated, not inserted).</summary>
    public abstract Task<int> WriteAsync(IReadOnlyList<Numbered<TRow>> rows, TPlan plan, ImportWriter writer, CancellationToken cancellationToken);
}
