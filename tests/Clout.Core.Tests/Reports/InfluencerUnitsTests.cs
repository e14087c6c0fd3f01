using Clout.Core.Comments;
using Clout.Core.Engagement;
using Clout.Core.Loyalty;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Tests.Reports;

public sealed class InfluencerUnitsTests
{
    private const double Tolerance = 1e-12;

    private static readonly InfluencerEngagement ThreePosts = new(Posts: 3, EngagementRate: 0.05, EngagementRateByReach: 0.1,
        EngagementRateByViews: null, DepthRatio: 0.2, DialogueRate: 0.5, Threads: 4);

    private static readonly InfluencerEngagement NoPosts = new(0, null, null, null, null, null, 0);

    [Fact]
    public void Of_EveryReading_PutsEachMetricOnTheRow()
    {
        // Cost 100.00 (fee only) against revenue 200.00 from 4 orders; 10 comments of which 2 spam, so 8 genuine.
        var readings = new InfluencerReadings(7, "lena", Tier.Micro, 40_000, ThreePosts)
        {
            Conversion = new InfluencerConversion(Clicks: 100, UniqueVisitors: 80, Orders: 4, RevenueMinor: 20_000,
                [new CollaborationSpend(10_000, 0, 0, 20_000)]),
            Comments = new CommentTally(Comments: 10, Spam: 2, Positive: 4, Negative: 1, Skeptical: 2, Intent: 1),
            TrustScores = [5, 6],
            NpsAnswers = [10, 9, 3, 7],
            RepeatRate = new Estimate(0.3, 0.2, 0.4, 50),
            PostTimings = [Timing(10, 6, halfLifeDays: 2), Timing(30, 12, halfLifeDays: 4), Timing(0, 0, halfLifeDays: null)],
            QualityScore = 70,
            FakeShare = new Estimate(0.2, 0.15, 0.25, 400),
        };

        var unit = InfluencerUnits.Of(readings, grossMargin: 0.6);

        Assert.NotNull(unit);
        Assert.Equal((7L, "lena", Tier.Micro, 3), (unit.Id, unit.Handle, unit.Tier, unit.Posts));
        var v = unit.Values;
        Assert.Equal(0.05, v["engagement_rate"], Tolerance);
        Assert.Equal(0.1, v["engagement_rate_by_reach"], Tolerance);
        Assert.False(v.ContainsKey("engagement_rate_by_views"));
        Assert.Equal(0.5, v["dialogue_rate"], Tolerance);
        Assert.Equal(0.05, v["conversion_rate"], Tolerance);        // 4 / 80
        Assert.Equal(0.2, v["roi"], Tolerance);                      // (200 × 0.6 − 100) / 100: the margin reached the row
        Assert.Equal(0.5, v["positive_share"], Tolerance);           // 4 / 8 genuine
        Assert.Equal(0.125, v["negative_share"], Tolerance);         // 1 / 8
        Assert.Equal(0.2, v["spam_share"], Tolerance);               // 2 / 10
        Assert.Equal(5.5, v["trust_score"], Tolerance);
        Assert.Equal(25, v["nps"], Tolerance);                       // (2 promoters − 1 detractor) / 4
        Assert.Equal(0.3, v["repeat_rate"], Tolerance);
        Assert.Equal(0.45, v["spike_share"], Tolerance);             // (6 + 12) / (10 + 30), pooled
        Assert.Equal(3, v["order_half_life_days"], Tolerance);       // median of 2 and 4
        Assert.Equal(70, v["quality_score"]);
        Assert.Equal(0.2, v["fake_share"], Tolerance);
        Assert.Equal(32_000, v["quality_adjusted_reach"], 1e-6);     // 40,000 × (1 − 0.2)
    }

    [Fact]
    public void Of_EveryReading_KeepsWhoItIsWhatItCostAndTheCountsBehindItsRates()
    {
        var readings = new InfluencerReadings(7, "lena", Tier.Micro, 40_000, ThreePosts)
        {
            Platform = Platform.TikTok,
            DisplayName = "Lena K",
            Conversion = new InfluencerConversion(Clicks: 100, UniqueVisitors: 80, Orders: 4, RevenueMinor: 20_000,
                [new CollaborationSpend(10_000, 2_000, 0, 20_000)]),
            Comments = new CommentTally(Comments: 10, Spam: 2, Positive: 4, Negative: 1, Skeptical: 2, Intent: 1),
            TrustScores = [5, 6],
            NpsAnswers = [10, 9, 3, 7],
            RepeatRate = new Estimate(0.3, 0.2, 0.4, 50),
        };

        var unit = InfluencerUnits.Of(readings, grossMargin: null);

        Assert.NotNull(unit);
        Assert.Equal((Platform.TikTok, "Lena K", 12_000.0), (unit.Platform, unit.DisplayName, unit.CostMinor));
        var e = unit.Estimates;
        Assert.Equal(80, e["conversion_rate"].N);                    // visitors
        Assert.True(e["conversion_rate"].HasInterval);
        Assert.Equal(2, e["trust_score"].N);                         // respondents
        Assert.Equal(4, e["nps"].N);
        Assert.Equal(50, e["repeat_rate"].N);                        // first-time customers
        Assert.Equal(8, e["skeptical_share"].N);                     // genuine comments
        Assert.Equal(0.25, e["skeptical_share"].Value, Tolerance);
        // Every estimate belongs to a value on the row and says the same.
        Assert.All(e, p => Assert.Equal(unit.Values[p.Key], p.Value.Value, Tolerance));
        Assert.False(e.ContainsKey("roas"));
    }

    [Fact]
    public void Of_NoCollaboration_HasNoCost()
    {
        var unit = InfluencerUnits.Of(new InfluencerReadings(11, "new", Tier.Micro, 20_000, ThreePosts), grossMargin: null);

        Assert.NotNull(unit);
        Assert.Null(unit.CostMinor);
        Assert.Empty(unit.Estimates);
    }

    [Fact]
    public void Of_NoPostsButAnAudit_KeepsTheAuditButNoCommentShares()
    {
        var readings = new InfluencerReadings(8, "ora", Tier.Macro, 200_000, NoPosts)
        {
            Comments = new CommentTally(10, 0, 5, 0, 0, 0),
            QualityScore = 55,
            FakeShare = new Estimate(0.5, 0.4, 0.6, 100),
        };

        var unit = InfluencerUnits.Of(readings, grossMargin: null);

        Assert.NotNull(unit);
        Assert.Equal(0, unit.Posts);
        Assert.Equal(["fake_share", "quality_adjusted_reach", "quality_score"], unit.Values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(100_000, unit.Values["quality_adjusted_reach"], 1e-6);
    }

    [Fact]
    public void Of_NoPostsNoAuditNoSales_IsNotInTheReport()
    {
        // A score alone means nothing without posts; comments without posts in scope are not shown either.
        var readings = new InfluencerReadings(9, "idle", Tier.Nano, 5_000, NoPosts)
        {
            Comments = new CommentTally(3, 0, 3, 0, 0, 0),
            QualityScore = 90,
        };

        Assert.Null(InfluencerUnits.Of(readings, grossMargin: 0.5));
    }

    [Fact]
    public void Of_SurveyAnswersWithoutPosts_PutTheInfluencerInTheReport()
    {
        var readings = new InfluencerReadings(10, "asked", Tier.Micro, 12_000, NoPosts) { NpsAnswers = [9, 10] };

        var unit = InfluencerUnits.Of(readings, grossMargin: null);

        Assert.NotNull(unit);
        Assert.Equal(0, unit.Posts);
        Assert.Equal(["nps"], unit.Values.Keys);
        Assert.Equal(100, unit.Values["nps"], Tolerance);
    }

    [Fact]
    public void Of_PostsWithoutAScore_HaveNoQualityMetrics()
    {
        var unit = InfluencerUnits.Of(new InfluencerReadings(11, "new", Tier.Micro, 20_000, ThreePosts), grossMargin: null);

        Assert.NotNull(unit);
        Assert.Equal(3, unit.Posts);
        Assert.Equal(["depth_ratio", "dialogue_rate", "engagement_rate", "engagement_rate_by_reach"], unit.Values.Keys.Order(StringComparer.Ordinal));
    }

    private static PostOrderTiming Timing(long orders, long first48h, double? halfLifeDays) =>
        new(orders, first48h, orders == 0 ? null : (double)first48h / orders, [],
            halfLifeDays is { } days ? new DecayFit(orders, Math.Log(2) / days, days, orders) : null);
}
