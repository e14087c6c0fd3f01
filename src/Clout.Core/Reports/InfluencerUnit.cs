using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// One influencer as the tier report sees it: its tier, how many posts it published in the period, and one
/// value per metric (its own median or rate). The influencer is the unit of every interval in the report.
/// </summary>
public sealed record InfluencerUnit(long Id, string Handle, Tier Tier, int Posts, IReadOnlyDictionary<string, double> Values)
{
    public Platform Platform { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>What its collaborations in scope cost (fees, product costs, commissions), in minor units; null without one.</summary>
    public double? CostMinor { get; init; }

    /// <summary>
    /// The metrics of <see cref="Values"/> that rest on a count of their own, with that count and, where one exists, a 95 %
    /// interval: the conversion rate (visitors), trust score and NPS (respondents), repeat rate (first-time customers),
    /// comment shares (comments) and fake share (audited followers).
    /// </summary>
    public IReadOnlyDictionary<string, Estimate> Estimates { get; init; } = new Dictionary<string, Estimate>();
}
