using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>
/// A response as the public endpoint hands it over: the respondent already hashed, answers not yet checked, and the
/// order id with the order token the shop's page gave the buyer (both as sent; the intake checks the token).
/// </summary>
public sealed record SurveyResponseInput(int Version, string RespondentHash, string? OrderId, IReadOnlyDictionary<string, SurveyAnswer?> Answers,
    string? OrderToken = null);
