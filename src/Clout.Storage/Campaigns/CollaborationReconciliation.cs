using Clout.Core.Attribution;
using Clout.Core.Roster;

namespace Clout.Storage.Campaigns;

/// <summary>One collaboration of a campaign: whose it is, its signal counts side by side, and its leakage flags.</summary>
public sealed record CollaborationReconciliation(
    long CollaborationId,
    string InfluencerHandle,
    Platform Platform,
    string? PromoCode,
    SignalCounts Signals,
    IReadOnlyList<LeakageFlag> Leakage);
