namespace Clout.Core.Engagement;

/// <summary>What a platform reports for one post. Views, reach and impressions are null where unknown.</summary>
public sealed record PostMetrics(
    DateTime PublishedAtUtc,
    long Likes,
    long Comments,
    long Shares,
    long Saves,
    long? Views = null,
    long? Reach = null,
    long? Impressions = null)
{
    /// <summary>Likes + comments + shares + saves: every action that costs the follower an intention.</summary>
    public long Interactions => Likes + Comments + Shares + Saves;
}
