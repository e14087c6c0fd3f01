using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>
/// A response checked and matched (<see cref="SurveyIntake.PrepareAsync"/>), waiting for its write: what is left is
/// what only the write can decide under concurrency — the respondent's wave by the recurrence, and whether another
/// answer already took the respondent's wave or proved the same order.
/// </summary>
public sealed record SurveyResponseDraft(
    long WorkspaceId,
    long SurveyId,
    RecurrencePolicy Recurrence,
    int Version,
    string RespondentHash,
    string? OrderId,
    bool OrderVerified,
    DateTime? OrderDeadlineUtc,
    long? InfluencerId,
    double? MatchConfidence,
    string AnswersJson,
    DateTime CreatedAtUtc);
