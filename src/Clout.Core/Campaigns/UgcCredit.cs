namespace Clout.Core.Campaigns;

/// <summary>The campaign a UGC post is credited to, and the influencer whose code or link it carries (null for hashtag-only).</summary>
public sealed record UgcCredit(long CampaignId, long? InfluencerId, UgcMatchedBy MatchedBy);
