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
    /// <summary>
    /// Likes + comments + shares + saves: every action that costs the follower an intention. Added as doubles, which
    /// are exact for any real account's counts and cannot overflow on a stored count no door would accept.
    /// </summary>
    public double Interactions => (double)Likes + Comments + Shares + Saves;
}
