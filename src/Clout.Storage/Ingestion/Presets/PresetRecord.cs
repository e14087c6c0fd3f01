namespace Clout.Storage.Ingestion.Presets;

/// <summary>One of Clout's records made by a preset: the export's line it starts on, and its fields by Clout's column names.</summary>
internal sealed record PresetRecord(long Line, IReadOnlyDictionary<string, string?> Fields);
