using Clout.Core.Roster;

namespace Clout.Core.Engagement;

/// <summary>
/// One post as imported (CSV header: post_id,influencer_handle,platform,published_at,kind,sponsored,campaign,
/// likes,comments,shares,saves,views,reach,impressions, and optionally author,text). A row with an
/// <paramref name="Author"/> and no influencer handle is that author's post: a rostered influencer's, or else
/// user-generated content (<see cref="Campaigns.UgcRow"/>), which alone keeps its <paramref name="Text"/>.
/// </summary>
public sealed record PostRow(
    string PostId,
    string InfluencerHandle,
    Platform Platform,
    DateTime PublishedAtUtc,
    string? Kind,
    bool Sponsored,
    string? Campaign,
    long Likes,
    long Comments,
    long Shares,
    long Saves,
    long? Views,
    long? Reach,
    long? Impressions,
    string? Author = null,
    string? Text = null);
