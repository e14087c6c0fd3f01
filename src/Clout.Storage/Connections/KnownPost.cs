namespace Clout.Storage.Connections;

/// <summary>A post already stored: what a sync keeps of it (what a person set: kind, sponsored, campaign) and its counts.</summary>
public sealed record KnownPost(string ExternalId, DateTime PublishedAtUtc, string? Kind, bool Sponsored, string? Campaign, long Likes, long Comments,
    long Shares, long Saves, long? Views, long? Reach, long? Impressions);
