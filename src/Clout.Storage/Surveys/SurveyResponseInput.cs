using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>A response as the public endpoint hands it over: the respondent already hashed, answers not yet checked.</summary>
public sealed record SurveyResponseInput(int Version, string RespondentHash, string? OrderId, IReadOnlyDictionary<string, SurveyAnswer?> Answers);
