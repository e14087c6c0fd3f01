namespace Clout.Core.Authenticity;

/// <summary>0–100, higher is a more genuine audience, with every reason that moved it and by how much.</summary>
public sealed record AudienceQualityScore(int Score, IReadOnlyList<QualityReason> Reasons);
