namespace Clout.Core.Roster;

/// <summary>One influencer as imported (CSV header: handle,platform,display_name,niche,followers,following,country).</summary>
public sealed record InfluencerRow(
    string Handle,
    Platform Platform,
    string? DisplayName,
    string? Niche,
    long? Followers,
    long? Following,
    string? Country);
