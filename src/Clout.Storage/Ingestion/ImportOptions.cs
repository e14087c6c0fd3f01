namespace Clout.Storage.Ingestion;

/// <summary>
/// How to read a file: its format, and for a file not in Clout's own columns, how its columns translate — a
/// <see cref="Map"/> of its column names to Clout's, or a preset that knows a platform's export (named, or detected
/// from the header when neither is given). <see cref="Year"/> completes dates an export writes without one, and
/// <see cref="Influencer"/> names whose account an export is when the export does not say.
/// </summary>
public sealed record ImportOptions(ImportFormat Format)
{
    public ColumnMap? Map { get; init; }

    /// <summary>A preset's name (<see cref="Presets.ImportPresets"/>), or null to detect one from the header.</summary>
    public string? Preset { get; init; }

    public int? Year { get; init; }

    public string? Influencer { get; init; }
}
