namespace Clout.Core.Planning;

/// <summary>What one past post of an influencer delivered: accounts reached, engagements, attributed orders.</summary>
public sealed record PostOutcome(long Reach, double Engagements, long Orders);
