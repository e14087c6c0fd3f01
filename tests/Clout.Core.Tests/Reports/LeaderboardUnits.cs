using Clout.Core.Reports;
using Clout.Core.Roster;

namespace Clout.Core.Tests.Reports;

/// <summary>Influencer rows as the leaderboard's tests need them: only the figures a test is about.</summary>
internal static class LeaderboardUnits
{
    public static InfluencerUnit Unit(long id, string handle, Tier tier = Tier.Micro, double? costMinor = null, params (string Metric, double Value)[] values) =>
        new(id, handle, tier, Posts: 1, values.ToDictionary(v => v.Metric, v => v.Value)) { CostMinor = costMinor };

    /// <summary>A paid influencer: cost and revenue in major units, its orders, and ROAS (and ROI with a margin) from them.</summary>
    public static InfluencerUnit Paid(long id, string handle, double cost, double revenue, double orders, double? margin = null, Tier tier = Tier.Micro)
    {
        List<(string, double)> values = [("revenue", revenue), ("orders", orders), ("roas", revenue / cost)];
        if (margin is { } m)
        {
            values.Add(("roi", ((revenue * m) - cost) / cost));
        }
        return Unit(id, handle, tier, cost * 100, [.. values]);
    }
}
