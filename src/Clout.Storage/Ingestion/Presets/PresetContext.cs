namespace Clout.Storage.Ingestion.Presets;

/// <summary>What a preset may need beyond the file (the year of dates written without one, whose account the export is) and where it puts errors.</summary>
internal sealed class PresetContext(ImportOptions options)
{
    public int? Year => options.Year;

    public string? Influencer => options.Influencer;

    public List<ImportError> Errors { get; } = [];

    public void Fail(long line, string? column, string message) => Errors.Add(new ImportError(line, column, message));
}
