using Clout.Core.Roster;

namespace Clout.Core.Reports;

/// <summary>
/// The UGC a tier sparked: posts by others that carry its influencers' promo codes or links, with their engagement
/// (likes + comments + shares). <see cref="Tier"/> null is campaign-wide: UGC credited by the hashtag or the named
/// campaign alone, which no influencer's code or link earned.
/// </summary>
public sealed record UgcTierLine(Tier? Tier, int Posts, double Engagement)
{
    /// <summary>Engagement per UGC post; null without posts.</summary>
    public double? EngagementPerPost => Posts == 0 ? null : Engagement / Posts;
}
