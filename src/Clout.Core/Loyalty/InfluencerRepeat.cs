using Clout.Core.Roster;

namespace Clout.Core.Loyalty;

/// <summary>One influencer's first-time customers and how many came back.</summary>
public sealed record InfluencerRepeat(long InfluencerId, Tier Tier, RepeatRate Repeat);
