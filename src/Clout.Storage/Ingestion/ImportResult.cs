namespace Clout.Storage.Ingestion;

/// <summary>
/// The outcome of one import. With any error nothing was written: <see cref="Inserted"/> and
/// <see cref="Updated"/> are then 0. <see cref="Errors"/> lists the first ones; <see cref="ErrorCount"/> counts them all.
/// </summary>
public sealed record ImportResult(ImportKind Kind, int Rows, int Inserted, int Updated, IReadOnlyList<ImportError> Errors, int ErrorCount)
{
    public bool Succeeded => ErrorCount == 0;
}
