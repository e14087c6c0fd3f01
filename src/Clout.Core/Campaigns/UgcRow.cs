using Clout.Core.Roster;

namespace Clout.Core.Campaigns;

/// <summary>
/// One post by an account that is not on the roster (user-generated content), as imported or fetched (CSV header:
/// post_id,author,platform,published_at,text,url,likes,comments,shares,views,campaign). It is credited to a campaign
/// by <see cref="UgcMatcher"/>: the campaign it names, else what its text carries.
/// </summary>
public sealed record UgcRow(
    string PostId,
    string Author,
    Platform Platform,
    DateTime PublishedAtUtc,
    string? Text,
    string? Url,
    long Likes,
    long Comments,
    long Shares,
    long? Views,
    string? Campaign);
