using Clout.Core.Campaigns;
using Clout.Core.Roster;

namespace Clout.Storage.Model;

/// <summary>
/// A post by an account that is not on the roster, credited to a campaign by what it carries (<see cref="UgcMatcher"/>):
/// user-generated content. One per platform and post id in a workspace; a second import updates its counts.
/// </summary>
public sealed class UgcPost : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public Platform Platform { get; set; }

    /// <summary>The platform's id of the post.</summary>
    public required string ExternalId { get; set; }

    /// <summary>The author's handle, without '@', as the platform shows it.</summary>
    public required string Author { get; set; }

    public DateTime PublishedAtUtc { get; set; }
    public string? Text { get; set; }

    /// <summary>The post's public address, when known.</summary>
    public string? Url { get; set; }

    public long Likes { get; set; }
    public long Comments { get; set; }
    public long Shares { get; set; }
    public long? Views { get; set; }
    public long CampaignId { get; set; }

    /// <summary>The influencer whose promo code or link the post carries; null for campaign-wide (hashtag or named campaign alone).</summary>
    public long? InfluencerId { get; set; }

    public UgcMatchedBy MatchedBy { get; set; }
}
