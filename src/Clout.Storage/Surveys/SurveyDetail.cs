using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>A survey as the builder edits it: the latest version's definition, which version is live, the schedule.</summary>
public sealed record SurveyDetail(
    long Id,
    string PublicId,
    string Title,
    SurveyState State,
    int Version,
    int? LiveVersion,
    SurveyDefinition Definition,
    RecurrencePolicy Recurrence,
    int Responses,
    DateTime CreatedAtUtc);
