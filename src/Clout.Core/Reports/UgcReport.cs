using Clout.Core.Roster;

namespace Clout.Core.Reports;

/// <summary>
/// User-generated content in the report's scope: the posts and their engagement in all, and per tier of the influencer
/// whose code or link each carries (<see cref="UgcTierLine"/>; campaign-wide last). Engagement is a sum of counts, so
/// a double: no sum of stored counts can overflow it.
/// </summary>
public sealed record UgcReport(int Posts, double Engagement, IReadOnlyList<UgcTierLine> Tiers)
{
    /// <summary>Engagement per UGC post; null without posts.</summary>
    public double? EngagementPerPost => Posts == 0 ? null : Engagement / Posts;

    /// <summary>The report of these posts (each one's tier, null for campaign-wide, and its engagement); null when there are none.</summary>
    public static UgcReport? Of(IEnumerable<(Tier? Tier, double Engagement)> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var lines = posts.GroupBy(p => p.Tier)
            .Select(g => new UgcTierLine(g.Key, g.Count(), g.Sum(p => p.Engagement)))
            .OrderBy(l => l.Tier is null ? int.MaxValue : (int)l.Tier)
            .ToList();
        return lines.Count == 0 ? null : new UgcReport(lines.Sum(l => l.Posts), lines.Sum(l => l.Engagement), lines);
    }
}
