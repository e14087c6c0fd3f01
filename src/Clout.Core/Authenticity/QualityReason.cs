namespace Clout.Core.Authenticity;

/// <summary>
/// One line of an Audience Quality Score's explanation: a stable code (for filters and tests), the plain-language
/// sentence a marketer reads, and the points it took off the score (0 for a check that passed or could not run).
/// </summary>
public sealed record QualityReason(string Code, string Text, double Points);
