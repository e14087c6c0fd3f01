using Clout.Core.Reports;
using Clout.Core.Roster;
using static Clout.Core.Tests.Reports.LeaderboardUnits;

namespace Clout.Core.Tests.Reports;

public sealed class InfluencerLeaderboardTests
{
    private static readonly InfluencerUnit[] Units =
    [
        Paid(1, "bea", 100, 300, 6) with { Platform = Platform.Instagram, DisplayName = "Beatrix Moor" },
        Paid(2, "Alf", 100, 50, 6, tier: Tier.Celebrity) with { Platform = Platform.TikTok },
        Unit(3, "cyd", values: ("engagement_rate", 0.05)) with { Platform = Platform.Instagram },
        Paid(4, "dot", 100, 300, 6) with { Platform = Platform.YouTube },
    ];

    [Fact]
    public void Apply_Default_SortsByHandleIgnoringCase()
    {
        Assert.Equal(["Alf", "bea", "cyd", "dot"], Handles(new LeaderboardQuery()));
    }

    [Fact]
    public void Apply_MetricDescending_PutsInfluencersWithoutItLastAndBreaksTiesByHandle()
    {
        Assert.Equal(["bea", "dot", "Alf", "cyd"], Handles(new LeaderboardQuery(Sort: "roas", Descending: true)));
        Assert.Equal(["Alf", "bea", "dot", "cyd"], Handles(new LeaderboardQuery(Sort: "roas")));
    }

    [Fact]
    public void Apply_Filters_ByTierPlatformAndTextInHandleOrName()
    {
        Assert.Equal(["Alf"], Handles(new LeaderboardQuery(Tier: Tier.Celebrity)));
        Assert.Equal(["bea", "cyd"], Handles(new LeaderboardQuery(Platform: Platform.Instagram)));
        Assert.Equal(["bea"], Handles(new LeaderboardQuery(Search: "MOOR")));
        Assert.Equal(["Alf"], Handles(new LeaderboardQuery(Search: " al ")));
    }

    [Fact]
    public void Apply_CostAndText_SortAsWell()
    {
        Assert.Equal(["Alf", "bea", "dot", "cyd"], Handles(new LeaderboardQuery(Sort: "cost")));
        Assert.Equal(["dot", "Alf", "bea", "cyd"], Handles(new LeaderboardQuery(Sort: "platform", Descending: true)));
    }

    [Fact]
    public void IsSortColumn_KnowsFieldsAndMetricsOnly()
    {
        Assert.True(InfluencerLeaderboard.IsSortColumn("roas"));
        Assert.True(InfluencerLeaderboard.IsSortColumn("cost"));
        Assert.False(InfluencerLeaderboard.IsSortColumn("ROAS"));
        Assert.False(InfluencerLeaderboard.IsSortColumn("price"));
        Assert.Throws<ArgumentException>(() => InfluencerLeaderboard.Apply(Units, new LeaderboardQuery(Sort: "price")));
    }

    private static IEnumerable<string> Handles(LeaderboardQuery query) => InfluencerLeaderboard.Apply(Units, query).Select(u => u.Handle);
}
