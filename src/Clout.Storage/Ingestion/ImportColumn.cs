namespace Clout.Storage.Ingestion;

/// <summary>One of Clout's columns of a kind, and whether a file must have it.</summary>
public sealed record ImportColumn(string Name, bool Required);
