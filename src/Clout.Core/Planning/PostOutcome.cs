namespace Clout.Core.Planning;

/// <summary>
/// What one past post of an influencer delivered: accounts reached, engagements, attributed orders and their revenue
/// (minor units of the workspace's main currency; 0 without orders).
/// </summary>
public sealed record PostOutcome(long Reach, double Engagements, long Orders, double RevenueMinor = 0);
