namespace Clout.Storage.Surveys;

/// <summary>
/// One stored response for the CSV export: answers still as JSON, laid out in columns by the exporter;
/// <see cref="OrderVerified"/> when the answer carried its order's token.
/// </summary>
public sealed record SurveyExportRow(long Id, int Version, DateTime CreatedAtUtc, string? OrderId, long? InfluencerId, string? InfluencerHandle,
    double? MatchConfidence, string AnswersJson)
{
    public bool OrderVerified { get; init; }
}
