namespace Clout.Core.Roster;

/// <summary>A follower snapshot as imported (CSV header: influencer_handle,platform,date,followers,following).</summary>
public sealed record FollowerRow(string InfluencerHandle, Platform Platform, DateTime DateUtc, long Followers, long? Following);
