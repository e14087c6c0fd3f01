namespace Clout.Core.Surveys;

/// <summary>A stored response as results read it: its own version, its answers, and the influencer it is about (if any).</summary>
public sealed record SurveyResponseRecord(long Id, int Version, IReadOnlyDictionary<string, SurveyAnswer> Answers, long? InfluencerId, DateTime CreatedAtUtc);
