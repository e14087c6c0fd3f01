using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>A row of the survey list.</summary>
public sealed record SurveySummary(long Id, string PublicId, string Title, SurveyState State, int Version, int? LiveVersion, int Responses, DateTime CreatedAtUtc);
