namespace Clout.Storage.Ingestion;

/// <summary>A parsed row and the line its record started on (for rows handed over already typed: its position, from 1).</summary>
internal readonly record struct Numbered<T>(long Line, T Row);
