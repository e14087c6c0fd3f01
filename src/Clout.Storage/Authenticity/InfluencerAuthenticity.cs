using Clout.Core.Authenticity;
using Clout.Core.Roster;

namespace Clout.Storage.Authenticity;

/// <summary>One influencer's authenticity: the latest follower audit (if any), every anomaly check, and the score.</summary>
public sealed record InfluencerAuthenticity(long InfluencerId, string Handle, Tier Tier, long Followers, AuditSummary? LatestAudit,
    IReadOnlyList<EngagementAnomaly> Anomalies, AudienceQualityScore Quality)
{
    /// <summary>Followers × (1 − fake share): the audience a brand can believe in; null without an audit.</summary>
    public double? QualityAdjustedReach => LatestAudit is null ? null : Followers * (1 - LatestAudit.FakeShare.Value);
}
