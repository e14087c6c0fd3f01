using Clout.Core.Engagement;
using Clout.Core.Roster;

namespace Clout.Storage.Roster;

/// <summary>One row of the roster with its engagement over the report's period.</summary>
public sealed record InfluencerSummary(
    long Id,
    string Handle,
    Platform Platform,
    string? DisplayName,
    string? Niche,
    string? Country,
    long Followers,
    Tier Tier,
    InfluencerEngagement Engagement);
