namespace Clout.Storage.Ingestion;

/// <summary>The two statements for one kind of row, and how to tell a row that is already stored.</summary>
internal sealed record RowStatements<T>(string Insert, string Upsert, Func<T, bool> Exists);
