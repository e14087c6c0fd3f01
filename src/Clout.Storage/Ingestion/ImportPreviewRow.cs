namespace Clout.Storage.Ingestion;

/// <summary>One row of a preview: the file's line it starts on and its fields by position.</summary>
public sealed record ImportPreviewRow(long Line, IReadOnlyList<string> Fields);
