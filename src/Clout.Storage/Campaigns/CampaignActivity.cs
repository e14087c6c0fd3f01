using Clout.Core.Roster;

namespace Clout.Storage.Campaigns;

/// <summary>What a campaign's page shows: each collaboration with its clicks and orders, and both per day.</summary>
public sealed record CampaignActivity(
    IReadOnlyList<CollaborationActivity> Collaborations,
    IReadOnlyList<DailyActivity> Days,
    ActivityVersion Version);

/// <summary>
/// One influencer's part in a campaign with its human clicks, visitors and credited orders; the revenue is a sum, so a
/// double (<see cref="Core.Limits.PlausibleLimits"/>).
/// </summary>
public sealed record CollaborationActivity(
    long CollaborationId,
    long InfluencerId,
    string Handle,
    Platform Platform,
    long FeeMinor,
    string? PromoCode,
    string? LinkCode,
    string? DestinationUrl,
    int Clicks,
    int UniqueVisitors,
    int Orders,
    double RevenueMinor);

public sealed record DailyActivity(DateTime DayUtc, int Clicks, int Orders);

/// <summary>The newest click and order ids seen: when either changes, the page has something new to show.</summary>
public readonly record struct ActivityVersion(long LastClickId, long LastOrderId);
