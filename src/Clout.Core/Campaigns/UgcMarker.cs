namespace Clout.Core.Campaigns;

/// <summary>
/// What a post can carry that belongs to a campaign: its hashtag (no influencer), or a collaboration's promo code or
/// link code (with the influencer whose it is).
/// </summary>
public sealed record UgcMarker(UgcMatchedBy Kind, string Value, long CampaignId, long? InfluencerId);
