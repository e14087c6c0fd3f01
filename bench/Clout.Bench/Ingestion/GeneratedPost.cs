namespace Clout.Bench.Ingestion;

/// <summary>A post as the raw baseline holds it; <see cref="Influencer"/> and <see cref="Campaign"/> index the roster (-1: none).</summary>
internal sealed record GeneratedPost(int Influencer, string PostId, DateTime PublishedAtUtc, string Kind, bool Sponsored, int Campaign,
    long Likes, long Comments, long Shares, long Saves, long? Views, long? Reach, long? Impressions);
