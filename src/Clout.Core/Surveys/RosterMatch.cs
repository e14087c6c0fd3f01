namespace Clout.Core.Surveys;

/// <summary>The influencer an "other" answer most likely names, and how sure the match is (0..1; 1 = exact handle or name).</summary>
public sealed record RosterMatch(long InfluencerId, double Confidence);
