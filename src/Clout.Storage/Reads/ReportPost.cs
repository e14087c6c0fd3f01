using Clout.Core.Engagement;

namespace Clout.Storage.Reads;

/// <summary>One post's id, author, campaign and counts.</summary>
public sealed record ReportPost(long Id, long InfluencerId, long? CampaignId, PostMetrics Metrics);
