using Clout.Core.Campaigns;
using Clout.Core.Roster;

namespace Clout.Storage.Reports;

/// <summary>One UGC post as a campaign shows it: the author's handle and the post's address (public posts: nothing more), its engagement and what credited it.</summary>
public sealed record UgcPostSummary(Platform Platform, string PostId, string Author, string? Url, DateTime PublishedAtUtc,
    long Likes, long Comments, long Shares, long? Views, string? InfluencerHandle, UgcMatchedBy MatchedBy)
{
    /// <summary>Likes + comments + shares, as a double: no sum of stored counts overflows it.</summary>
    public double Engagement => (double)Likes + Comments + Shares;
}
