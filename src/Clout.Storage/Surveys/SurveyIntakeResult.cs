namespace Clout.Storage.Surveys;

/// <summary>Stored (with its id), or refused as this respondent's repeat (with when they may answer again, if ever).</summary>
public sealed record SurveyIntakeResult(long? ResponseId, DateTime? NextAllowedAtUtc)
{
    public bool Duplicate => ResponseId is null;
}
