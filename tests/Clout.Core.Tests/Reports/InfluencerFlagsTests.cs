using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using static Clout.Core.Tests.Reports.LeaderboardUnits;

namespace Clout.Core.Tests.Reports;

public sealed class InfluencerFlagsTests
{
    [Fact]
    public void Of_RoasFarBelowOne_FlagsItWithTheMoneyInWords()
    {
        var units = new[] { Paid(1, "star", cost: 179_200, revenue: 4_776, orders: 104, tier: Tier.Celebrity) };

        var flag = Assert.Single(InfluencerFlags.For(InfluencerFlags.Of(units, "EUR"), 1));

        Assert.Equal(InfluencerFlagKind.LowRoas, flag.Kind);
        Assert.Equal("low_roas", flag.Name);
        Assert.Equal("spent €179,200, returned €4,776: ROAS 0.03", flag.Reason);
    }

    [Theory]
    [InlineData(1_000, 499, true)]    // less than half back: clearly below 1
    [InlineData(1_000, 500, false)]   // exactly half is the edge, not past it
    [InlineData(1_000, 900, false)]   // below 1, but a gap of attribution could close it
    public void Of_NoInterval_FlagsRoasBelowHalf(double cost, double revenue, bool flagged)
    {
        var flags = InfluencerFlags.Of([Paid(1, "a", cost, revenue, orders: 10)], "EUR");

        Assert.Equal(flagged, flags.ContainsKey(1));
    }

    [Fact]
    public void Of_RoasInterval_FlagsOnlyWhenItsHighEndIsBelowOne()
    {
        var below = Paid(1, "below", 1_000, 800, 10) with { Estimates = new Dictionary<string, Estimate> { ["roas"] = new(0.8, 0.6, 0.95, 10) } };
        var straddles = Paid(2, "straddles", 1_000, 400, 10) with { Estimates = new Dictionary<string, Estimate> { ["roas"] = new(0.4, 0.1, 1.2, 10) } };

        var flags = InfluencerFlags.Of([below, straddles], null);

        Assert.True(flags.ContainsKey(1));
        Assert.False(flags.ContainsKey(2));
        Assert.Equal("spent 1,000, returned 800: ROAS 0.80", flags[1][0].Reason);
    }

    [Theory]
    [InlineData(49, true)]
    [InlineData(50, false)]
    public void Of_AudienceQuality_FlagsBelowFifty(double score, bool flagged)
    {
        var flags = InfluencerFlags.Of([Unit(1, "a", values: ("quality_score", score))], null);

        Assert.Equal(flagged, flags.ContainsKey(1));
        if (flagged)
        {
            Assert.Equal("audience quality 49 of 100, below 50", flags[1][0].Reason);
        }
    }

    [Fact]
    public void Of_SkepticalShareFarAboveItsTier_FlagsItAgainstTheTierMedian()
    {
        // Six micro peers around 5 % skeptical; one at 30 % with a tight interval above the median.
        var units = new List<InfluencerUnit>();
        double[] shares = [0.04, 0.05, 0.05, 0.06, 0.05, 0.04];
        for (var i = 0; i < shares.Length; i++)
        {
            units.Add(Unit(i + 1, $"peer{i}", values: ("skeptical_share", shares[i])));
        }
        units.Add(Unit(99, "doubted", values: ("skeptical_share", 0.30)) with
        {
            Estimates = new Dictionary<string, Estimate> { ["skeptical_share"] = new(0.30, 0.25, 0.35, 300) },
        });

        var flags = InfluencerFlags.Of(units, null);

        var flag = Assert.Single(flags).Value.Single();
        Assert.Equal(InfluencerFlagKind.SkepticalComments, flag.Kind);
        Assert.Equal("30% of its comments doubt it, against 5% for a typical micro influencer", flag.Reason);
    }

    [Fact]
    public void Of_SkepticalShareHighOnFewComments_IsNotFlagged()
    {
        // 1 of 5 comments: far above the peers' median, but its interval reaches down past it.
        var units = Enumerable.Range(1, 6).Select(i => Unit(i, $"peer{i}", values: ("skeptical_share", 0.05))).ToList();
        units.Add(Unit(99, "few", values: ("skeptical_share", 0.2)) with
        {
            Estimates = new Dictionary<string, Estimate> { ["skeptical_share"] = Wilson.Interval(1, 5)! },
        });

        Assert.Empty(InfluencerFlags.Of(units, null));
    }

    [Fact]
    public void Of_TooFewPeersInTheTier_FlagsNoSkepticism()
    {
        var units = new[]
        {
            Unit(1, "a", values: ("skeptical_share", 0.05)),
            Unit(2, "b", values: ("skeptical_share", 0.05)),
            Unit(3, "c", values: ("skeptical_share", 0.9)),
        };

        Assert.Empty(InfluencerFlags.Of(units, null));
    }

    [Fact]
    public void Of_NothingWrong_HasNoEntry()
    {
        var flags = InfluencerFlags.Of([Paid(1, "fine", 1_000, 3_000, 40), Unit(2, "unpaid", values: ("quality_score", 80))], "USD");

        Assert.Empty(flags);
        Assert.Empty(InfluencerFlags.For(flags, 1));
    }
}
