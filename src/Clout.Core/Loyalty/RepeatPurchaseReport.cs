namespace Clout.Core.Loyalty;

/// <summary>
/// Repeat purchases per influencer and per tier within <see cref="WindowDays"/>. <see cref="TooRecent"/> counts
/// influencer-won first-time customers left out because their window had not ended by <see cref="AsOfUtc"/>.
/// </summary>
public sealed record RepeatPurchaseReport(
    DateTime AsOfUtc,
    int WindowDays,
    IReadOnlyList<InfluencerRepeat> Influencers,
    IReadOnlyList<TierRepeat> Tiers,
    int TooRecent);
