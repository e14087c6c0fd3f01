using Clout.Core.Roster;

namespace Clout.Core.Reports;

/// <summary>
/// One influencer as the tier report sees it: its tier, how many posts it published in the period, and one
/// value per metric (its own median or rate). The influencer is the unit of every interval in the report.
/// </summary>
public sealed record InfluencerUnit(long Id, string Handle, Tier Tier, int Posts, IReadOnlyDictionary<string, double> Values);
