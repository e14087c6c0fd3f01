using Clout.Core.Roster;

namespace Clout.Core.Loyalty;

/// <summary>
/// A tier's first-time customers pooled over its influencers, with the retention curve; <see cref="Influencers"/>
/// counts the accounts with at least one customer, the unit a tier contrast needs.
/// </summary>
public sealed record TierRepeat(Tier Tier, int Influencers, RepeatRate Repeat, RetentionCurve Curve);
