namespace Clout.Storage.Surveys;

/// <summary>
/// Stored (with its id, and whether it proved its order), or refused: as this respondent's repeat (with when they may
/// answer again, if ever), or because its order already has a verified answer.
/// </summary>
public sealed record SurveyIntakeResult(long? ResponseId, DateTime? NextAllowedAtUtc)
{
    public bool Duplicate => ResponseId is null && !SurveyNotLive;

    /// <summary>The answer carried its order's token: it may credit that order.</summary>
    public bool OrderVerified { get; init; }

    /// <summary>Refused because another answer already proved the same order: one answer per order.</summary>
    public bool OrderAlreadyAnswered { get; init; }

    /// <summary>Refused because the survey was closed (or deleted) before the response was written.</summary>
    public bool SurveyNotLive { get; init; }
}
