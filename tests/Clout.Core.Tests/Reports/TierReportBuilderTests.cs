using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Tests.Reports;

public sealed class TierReportBuilderTests
{
    private const double Tolerance = 1e-12;
    private const string Er = "engagement_rate";
    private const string Depth = "depth_ratio";
    private const string Dialogue = "dialogue_rate";

    private static TierReportBuilder Builder(int seed = 42) => new(seed);

    private static InfluencerUnit Unit(long id, Tier tier, int posts, params (string Metric, double Value)[] values) =>
        new(id, $"h{id}", tier, posts, values.ToDictionary(v => v.Metric, v => v.Value));

    private static List<InfluencerUnit> Units(Tier tier, long firstId, params double[] engagementRates) =>
        [.. engagementRates.Select((er, i) => Unit(firstId + i, tier, 10, (Er, er)))];

    [Fact]
    public void Build_MicroAndCelebrityOnly_SummarisesPresentTiersInOrder()
    {
        // Listed celebrities first: the report still orders tiers nano → celebrity.
        InfluencerUnit[] units =
        [
            Unit(5, Tier.Celebrity, 100, (Er, 0.01)),
            Unit(6, Tier.Celebrity, 200, (Er, 0.0125)),
            Unit(7, Tier.Celebrity, 300, (Er, 0.015)),
            Unit(1, Tier.Micro, 10, (Er, 0.03), (Depth, 0.2)),
            Unit(2, Tier.Micro, 20, (Er, 0.04), (Depth, 0.3)),
            Unit(3, Tier.Micro, 30, (Er, 0.05), (Depth, 0.4)),
            Unit(4, Tier.Micro, 40, (Er, 0.07), (Depth, 0.5)),
        ];

        var report = Builder().Build("demo", null, null, units);

        Assert.Equal([Tier.Micro, Tier.Celebrity], report.Tiers.Select(t => t.Tier));
        var micro = report.Tiers[0];
        Assert.Equal(4, micro.Influencers);
        Assert.Equal(100, micro.Posts); // 10 + 20 + 30 + 40
        Assert.Equal([Depth, Er], micro.Metrics.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.045, micro.Metrics[Er].Value, Tolerance);   // (0.04 + 0.05) / 2
        Assert.Equal(0.35, micro.Metrics[Depth].Value, Tolerance); // (0.3 + 0.4) / 2
        Assert.Equal(4, micro.Metrics[Er].N);
        Assert.True(micro.Metrics[Er].HasInterval);

        var celebrity = report.Tiers[1];
        Assert.Equal(3, celebrity.Influencers);
        Assert.Equal(600, celebrity.Posts); // 100 + 200 + 300
        Assert.Equal([Er], celebrity.Metrics.Keys);
        Assert.Equal(0.0125, celebrity.Metrics[Er].Value, Tolerance);
        Assert.Equal(3, celebrity.Metrics[Er].N);
    }

    [Fact]
    public void Build_MetricNoInfluencerHas_IsAbsentNotZero()
    {
        var units = Units(Tier.Micro, 1, 0.02, 0.03, 0.04);

        var tier = Assert.Single(Builder().Build("w", null, null, units).Tiers);

        Assert.False(tier.Metrics.ContainsKey(Dialogue));
        Assert.False(tier.Metrics.ContainsKey(Depth));
        Assert.True(tier.Metrics.ContainsKey(Er));
    }

    [Fact]
    public void Build_NonFiniteValues_AreLeftOut()
    {
        InfluencerUnit[] units =
        [
            Unit(1, Tier.Micro, 1, (Er, double.NaN)),
            Unit(2, Tier.Micro, 1, (Er, double.PositiveInfinity)),
            Unit(3, Tier.Micro, 1, (Er, 0.02), (Depth, double.NaN)),
            Unit(4, Tier.Micro, 1, (Er, 0.04)),
            Unit(5, Tier.Micro, 1, (Er, 0.06)),
        ];

        var tier = Assert.Single(Builder().Build("w", null, null, units).Tiers);

        // Finite ERs: 0.02, 0.04, 0.06 → median 0.04, n = 3; the only depth value is NaN → absent.
        Assert.Equal(5, tier.Influencers);
        Assert.Equal(0.04, tier.Metrics[Er].Value, Tolerance);
        Assert.Equal(3, tier.Metrics[Er].N);
        Assert.False(tier.Metrics.ContainsKey(Depth));
    }

    [Fact]
    public void Build_MicroClearlyAboveCelebrity_SaysHowManyTimesMore()
    {
        InfluencerUnit[] units =
        [
            .. Units(Tier.Micro, 1, 0.04, 0.045, 0.05, 0.055, 0.06),
            .. Units(Tier.Celebrity, 10, 0.01, 0.011, 0.0125, 0.014, 0.015),
        ];

        var report = Builder().Build("demo", null, null, units);

        // Only micro vs celebrity can be formed (no macro, no nano), and only on the engagement rate.
        var contrast = Assert.Single(report.Contrasts);
        Assert.Equal((Er, Tier.Micro, Tier.Celebrity), (contrast.Metric, contrast.A, contrast.B));
        var result = Assert.IsType<Contrast>(contrast.Result);
        // 0.05 / 0.0125 = 4; every micro value beats every celebrity value: P = 1, and each resampled ratio lies in
        // [0.04 / 0.015, 0.06 / 0.01] = [2.7, 6]: an interval at most 3.3 wide, narrower than the ratio, so it is quoted.
        Assert.Equal(4.0, result.Ratio, 1e-9);
        Assert.Equal(1.0, result.ProbabilityABetter);
        Assert.InRange(result.Low, 2.66, 4.0);
        Assert.InRange(result.High, 4.0, 6.0);
        Assert.Equal((5, 5), (result.NA, result.NB));
        Assert.Equal(ContrastReading.ABetter, contrast.Reading);
        Assert.True(contrast.NamesWinner);
        Assert.Matches(@"^micro-influencers engaged 4\.0x \[[2-4]\.\d-[4-6]\.\d\] more per follower than celebrities$", contrast.Verdict);
    }

    [Fact]
    public void Build_MicroClearlyBelowCelebrity_SaysOnlyHowMuch()
    {
        InfluencerUnit[] units =
        [
            .. Units(Tier.Micro, 1, 0.01, 0.0105, 0.011, 0.0115, 0.012),
            .. Units(Tier.Celebrity, 10, 0.04, 0.042, 0.044, 0.046, 0.048),
        ];

        var contrast = Assert.Single(Builder().Build("demo", null, null, units).Contrasts);

        // 0.011 / 0.044 = 0.25; ratios lie in [0.01 / 0.048, 0.012 / 0.04] = [0.21, 0.30].
        Assert.Equal(0.25, contrast.Result!.Ratio, 1e-9);
        Assert.Equal(ContrastReading.BBetter, contrast.Reading);
        Assert.Matches(@"^micro-influencers engaged only 0\.25x \[0\.2\d-0\.[23]\d\] as much as celebrities \(engagement rate \(by followers\)\)$", contrast.Verdict);
    }

    [Fact]
    public void Build_TooFewCelebrities_SaysNotEnoughData()
    {
        InfluencerUnit[] units =
        [
            .. Units(Tier.Micro, 1, 0.03, 0.04, 0.05, 0.07),
            .. Units(Tier.Celebrity, 10, 0.01, 0.012),
        ];

        var report = Builder().Build("demo", null, null, units);

        var contrast = Assert.Single(report.Contrasts);
        Assert.Null(contrast.Result);
        Assert.Equal(ContrastReading.NotEnoughData, contrast.Reading);
        Assert.False(contrast.NamesWinner);
        Assert.Equal(
            "not enough data to compare micro-influencers with celebrities on engagement rate (by followers): n = 4 and 2, need 5 influencers each",
            contrast.Verdict);
        // The two celebrities still get a median (0.011), without an interval.
        var celebrity = report.Tiers.Single(t => t.Tier == Tier.Celebrity);
        Assert.Equal(0.011, celebrity.Metrics[Er].Value, Tolerance);
        Assert.Equal(2, celebrity.Metrics[Er].N);
        Assert.False(celebrity.Metrics[Er].HasInterval);
    }

    [Fact]
    public void Build_FourAgainstFourClearlyApart_StillNotEnoughData()
    {
        // Every micro value is 4x every celebrity value and the bootstrap has its 3 units a side, but 4 accounts are
        // too few to quote: one unusual creator would move the median by itself.
        InfluencerUnit[] units =
        [
            .. Units(Tier.Micro, 1, 0.04, 0.045, 0.05, 0.055),
            .. Units(Tier.Celebrity, 10, 0.01, 0.011, 0.012, 0.013),
        ];

        var contrast = Assert.Single(Builder().Build("demo", null, null, units).Contrasts);

        Assert.NotNull(contrast.Result);
        Assert.True(contrast.Result.IsClear);
        Assert.Equal(ContrastReading.NotEnoughData, contrast.Reading);
        Assert.Equal(
            "not enough data to compare micro-influencers with celebrities on engagement rate (by followers): n = 4 and 4, need 5 influencers each",
            contrast.Verdict);
    }

    [Fact]
    public void Build_FiveAgainstFiveSpreadWide_IsTooUncertainToQuote()
    {
        // Enough accounts, but each tier spans a factor of 20 or more: the interval of the ratio is wider than the ratio.
        InfluencerUnit[] units =
        [
            .. Units(Tier.Micro, 1, 0.005, 0.01, 0.04, 0.08, 0.1),
            .. Units(Tier.Celebrity, 10, 0.002, 0.01, 0.04, 0.06, 0.09),
        ];

        var contrast = Assert.Single(Builder().Build("demo", null, null, units).Contrasts);

        var result = Assert.IsType<Contrast>(contrast.Result);
        Assert.Equal(1.0, result.Ratio, 1e-9); // 0.04 / 0.04
        Assert.True(result.High - result.Low > result.Ratio, $"[{result.Low}, {result.High}]");
        Assert.False(result.IsClear);
        Assert.Equal(ContrastReading.NotEnoughData, contrast.Reading);
        Assert.Matches(@"^not enough data to compare micro-influencers with celebrities on engagement rate \(by followers\): 1\.0x \[[\d.]+-[\d.]+\] is too uncertain to quote$", contrast.Verdict);
    }

    [Fact]
    public void Build_IdenticalTiers_NamesNoWinner()
    {
        // Ten accounts a side with the same tight spread: a precise interval around 1, so either tier could be ahead.
        double[] rates = [0.038, 0.0385, 0.039, 0.0395, 0.04, 0.04, 0.0405, 0.041, 0.0415, 0.042];
        InfluencerUnit[] units = [.. Units(Tier.Micro, 1, rates), .. Units(Tier.Celebrity, 100, rates)];

        var contrast = Assert.Single(Builder().Build("demo", null, null, units).Contrasts);

        var result = Assert.IsType<Contrast>(contrast.Result);
        Assert.Equal(1.0, result.Ratio, Tolerance); // 0.04 / 0.04
        Assert.False(result.IsClear);
        Assert.Equal(ContrastReading.NoClearDifference, contrast.Reading);
        Assert.False(contrast.NamesWinner);
        Assert.Matches(@"^not enough data to tell micro-influencers from celebrities on engagement rate \(by followers\): 1\.0x \[0\.9\d-1\.\d\], either could be ahead$", contrast.Verdict);
    }

    [Fact]
    public void Build_ZeroCelebrityMedian_DoesNotBlameTheSampleSize()
    {
        // Celebrities who never answer: dialogue rate 0 for all three. There are enough influencers on both sides;
        // what is missing is a ratio (x / 0), and the verdict must not claim "n = 5 and 5, need 5".
        InfluencerUnit[] units =
        [
            .. Enumerable.Range(1, 5).Select(i => Unit(i, Tier.Micro, 1, (Dialogue, 0.2 + (i / 10.0)))),
            .. Enumerable.Range(6, 5).Select(i => Unit(i, Tier.Celebrity, 1, (Dialogue, 0.0))),
        ];

        var contrast = Assert.Single(Builder().Build("demo", null, null, units).Contrasts);

        Assert.Equal(Dialogue, contrast.Metric);
        Assert.Null(contrast.Result);
        Assert.Equal(ContrastReading.NoRatio, contrast.Reading);
        Assert.DoesNotContain("not enough data", contrast.Verdict, StringComparison.Ordinal);
        Assert.Equal(
            "no ratio between micro-influencers and celebrities on dialogue rate (threads answered): the median of celebrities is not above 0",
            contrast.Verdict);
    }

    [Fact]
    public void Build_AllTiers_ContrastsTheDefaultPairsInOrder()
    {
        InfluencerUnit[] units =
        [
            .. Units(Tier.Celebrity, 40, 0.008, 0.0085, 0.009, 0.0095, 0.01),
            .. Units(Tier.Macro, 30, 0.014, 0.015, 0.016, 0.017, 0.018),
            .. Units(Tier.Micro, 20, 0.03, 0.031, 0.032, 0.033, 0.034),
            .. Units(Tier.Nano, 10, 0.05, 0.051, 0.052, 0.053, 0.054),
        ];

        var report = Builder().Build("demo", null, null, units);

        Assert.Equal([Tier.Nano, Tier.Micro, Tier.Macro, Tier.Celebrity], report.Tiers.Select(t => t.Tier));
        Assert.Equal(
            [(Tier.Micro, Tier.Celebrity), (Tier.Micro, Tier.Macro), (Tier.Nano, Tier.Celebrity)],
            report.Contrasts.Select(c => (c.A, c.B)));
        // 0.032 / 0.009, 0.032 / 0.016, 0.052 / 0.009
        Assert.Equal(3.5556, report.Contrasts[0].Result!.Ratio, 1e-4);
        Assert.Equal(2.0, report.Contrasts[1].Result!.Ratio, 1e-9);
        Assert.Equal(5.7778, report.Contrasts[2].Result!.Ratio, 1e-4);
        Assert.StartsWith("micro-influencers engaged 3.6x [", report.Contrasts[0].Verdict, StringComparison.Ordinal);
        Assert.StartsWith("micro-influencers engaged 2.0x [", report.Contrasts[1].Verdict, StringComparison.Ordinal);
        Assert.StartsWith("nano-influencers engaged 5.8x [", report.Contrasts[2].Verdict, StringComparison.Ordinal);
        Assert.EndsWith("than macro-influencers", report.Contrasts[1].Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MetricsInBothTiers_ContrastEachInReportOrder()
    {
        InfluencerUnit[] units =
        [
            .. Enumerable.Range(1, 3).Select(i => Unit(i, Tier.Micro, 5, (Dialogue, 0.3 + (i / 100.0)), (Er, 0.03 + (i / 1000.0)), (Depth, 0.3))),
            .. Enumerable.Range(4, 3).Select(i => Unit(i, Tier.Celebrity, 5, (Er, 0.01 + (i / 1000.0)), (Dialogue, 0.02 + (i / 1000.0)))),
        ];

        var report = Builder().Build("demo", null, null, units);

        // Depth is missing for celebrities: no contrast. The order follows Metrics.All, not the units' dictionaries.
        Assert.Equal([Er, Dialogue], report.Contrasts.Select(c => c.Metric));
    }

    [Fact]
    public void Build_KeepsWorkspaceAndPeriod()
    {
        var from = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc);

        var report = Builder().Build("acme", from, to, []);

        Assert.Equal(new TierReport("acme", from, to, report.Tiers, report.Contrasts) { Claims = report.Claims }, report);
        Assert.All(report.Claims, c => Assert.Equal(ClaimFinding.NotMeasured, c.Finding));
        Assert.Empty(report.Tiers);
        Assert.Empty(report.Contrasts);
    }

    [Fact]
    public void Build_SameSeed_GivesSameIntervals()
    {
        InfluencerUnit[] units = [.. Units(Tier.Micro, 1, 0.03, 0.02, 0.05, 0.04), .. Units(Tier.Celebrity, 10, 0.01, 0.02, 0.008)];

        var first = Builder(5).Build("w", null, null, units);
        var second = Builder(5).Build("w", null, null, units);

        Assert.Equal(first.Tiers[0].Metrics[Er], second.Tiers[0].Metrics[Er]);
        Assert.Equal(first.Contrasts[0], second.Contrasts[0]);
    }

    [Fact]
    public void Build_AnotherMetricOrTier_LeavesAnIntervalAsItWas()
    {
        InfluencerUnit[] engagementOnly = [.. Units(Tier.Micro, 1, 0.03, 0.02, 0.05, 0.04, 0.06), .. Units(Tier.Celebrity, 10, 0.01, 0.02, 0.008, 0.012, 0.009)];
        InfluencerUnit[] more =
        [
            .. engagementOnly.Select(u => u with { Values = new Dictionary<string, double>(u.Values) { [Depth] = u.Id / 10.0 } }),
            .. Units(Tier.Nano, 100, 0.07, 0.08, 0.09),
        ];

        var first = Builder(5).Build("w", null, null, engagementOnly);
        var second = Builder(5).Build("w", null, null, more);

        // Each interval has a generator of its own: depth and a nano tier appearing change nothing about ER.
        Assert.Equal(first.Tiers.Single(t => t.Tier == Tier.Celebrity).Metrics[Er], second.Tiers.Single(t => t.Tier == Tier.Celebrity).Metrics[Er]);
        Assert.Equal(first.Contrasts.Single(c => c.Metric == Er).Result, second.Contrasts.Single(c => c.Metric == Er && c.A == Tier.Micro && c.B == Tier.Celebrity).Result);
        // And a different seed does give different resamples.
        InfluencerUnit[] many = [.. Units(Tier.Micro, 1, [.. Enumerable.Range(0, 30).Select(i => 0.02 + (i * 0.001))]), .. Units(Tier.Celebrity, 100, [.. Enumerable.Range(0, 30).Select(i => 0.005 + (i * 0.0007))])];
        Assert.NotEqual(Builder(5).Build("w", null, null, many).Contrasts.Single().Result, Builder(6).Build("w", null, null, many).Contrasts.Single().Result);
    }

    [Fact]
    public void Verdict_LargeRatio_UsesWholeNumbers()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.EngagementRate, Tier.Micro, Tier.Celebrity, new Contrast(12.3, 8.54, 18.2, 0.999, 60, 10), 60, 10);

        // 12.3 → "12", 8.54 → "8.5", 18.2 → "18"
        Assert.Equal("micro-influencers engaged 12x [8.5-18] more per follower than celebrities", verdict);
    }

    [Fact]
    public void Verdict_TinyRatio_KeepsTwoSignificantFigures()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.QualityAdjustedReach, Tier.Micro, Tier.Celebrity, new Contrast(0.0031, 0.0024, 0.0042, 0, 60, 10), 60, 10);

        Assert.Equal("micro-influencers reached only 0.0031x [0.0024-0.0042] as much as celebrities (quality-adjusted reach (followers × real share))", verdict);
    }

    [Fact]
    public void Build_RoiAndNps_HaveTierFiguresButNoRatioContrast()
    {
        // Micro earns money and promoters, celebrities lose money and have detractors: a ratio of −0.5 would read nonsense.
        InfluencerUnit[] units =
        [
            .. Enumerable.Range(1, 6).Select(i => Unit(i, Tier.Micro, 1, ("roi", 0.8 + (i / 100.0)), ("nps", 40.0 + i), (Er, 0.03))),
            .. Enumerable.Range(11, 6).Select(i => Unit(i, Tier.Celebrity, 1, ("roi", -0.5 - (i / 100.0)), ("nps", -8.0 - i), (Er, 0.01))),
        ];

        var report = Builder().Build("w", null, null, units);

        Assert.Equal(0.835, report.Tiers.Single(t => t.Tier == Tier.Micro).Metrics["roi"].Value, Tolerance);
        Assert.Equal(-21.5, report.Tiers.Single(t => t.Tier == Tier.Celebrity).Metrics["nps"].Value, Tolerance);
        Assert.Equal([Er], report.Contrasts.Select(c => c.Metric));
    }

    [Fact]
    public void Verdict_PointOutsideItsInterval_ReadsByTheInterval()
    {
        // A percentile interval of medians can leave the point outside: the interval above 1 decides "more".
        var verdict = TierReportBuilder.Verdict(Metrics.EngagementRate, Tier.Micro, Tier.Celebrity, new Contrast(0.95, 1.02, 1.4, 0.98, 60, 10), 60, 10);

        Assert.Equal("micro-influencers engaged 0.95x [1.0-1.4] more per follower than celebrities", verdict);
    }

    [Fact]
    public void Verdict_DepthMetric_UsesItsOwnWords()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.DepthRatio, Tier.Nano, Tier.Celebrity, new Contrast(2.04, 1.46, 2.51, 0.99, 12, 9), 12, 9);

        Assert.Equal("nano-influencers drew 2.0x [1.5-2.5] deeper engagement per like than celebrities", verdict);
    }

    [Fact]
    public void Verdict_RatioBelowOne_UsesTwoDecimals()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.DialogueRate, Tier.Micro, Tier.Macro, new Contrast(0.5, 0.354, 0.7, 0.01, 30, 20), 30, 20);

        Assert.Equal("micro-influencers answered only 0.50x [0.35-0.70] as much as macro-influencers (dialogue rate (threads answered))", verdict);
    }

    [Fact]
    public void Verdict_IntervalSpansOne_NamesNoWinner()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.EngagementRate, Tier.Micro, Tier.Macro, new Contrast(1.2, 0.9, 1.6, 0.8, 30, 20), 30, 20);

        Assert.Equal("not enough data to tell micro-influencers from macro-influencers on engagement rate (by followers): 1.2x [0.90-1.6], either could be ahead", verdict);
    }

    [Fact]
    public void Verdict_IntervalWiderThanRatio_QuotesTheConservativeBound()
    {
        // The demo's ROAS contrast once read "14x [2.3-51]": clear of 1, and "at least 2.3x" is a figure one can plan on.
        var verdict = TierReportBuilder.Verdict(Metrics.Roas, Tier.Micro, Tier.Celebrity, new Contrast(14, 2.3, 51, 0.99, 60, 10), 60, 10);

        Assert.Equal("micro-influencers returned at least 2.3x more revenue per unit spent than celebrities (14x [2.3-51])", verdict);
    }

    [Fact]
    public void Verdict_WideIntervalBelowOne_QuotesTheUpperBound()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.EngagementRate, Tier.Micro, Tier.Celebrity, new Contrast(0.3, 0.05, 0.4, 0.01, 60, 10), 60, 10);

        Assert.Equal("micro-influencers engaged at most 0.40x as much as celebrities on engagement rate (by followers) (0.30x [0.05-0.40])", verdict);
    }

    [Fact]
    public void Verdict_CostIntervalWiderThanRatio_QuotesHowManyTimesLessAtLeast()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.Cpa, Tier.Micro, Tier.Celebrity, new Contrast(0.07, 0.02, 0.25, 0.99, 60, 10), 60, 10);

        Assert.Equal("micro-influencers cost at least 4.0x less per order than celebrities (0.07x [0.02-0.25])", verdict);
    }

    [Fact]
    public void Verdict_CostWideAndDearerForA_NamesTheCheaperSide()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.Cpa, Tier.Micro, Tier.Celebrity, new Contrast(4, 1.5, 9, 0.02, 60, 10), 60, 10);

        Assert.Equal("micro-influencers cost at least 1.5x as much per order as celebrities (4.0x [1.5-9.0])", verdict);
    }

    [Fact]
    public void Verdict_WideIntervalAcrossOne_IsTooUncertainToQuote()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.ConversionRate, Tier.Micro, Tier.Celebrity, new Contrast(1.5, 0.6, 2.4, 0.8, 60, 10), 60, 10);

        Assert.Equal("not enough data to compare micro-influencers with celebrities on conversion rate (orders per visitor): 1.5x [0.60-2.4] is too uncertain to quote", verdict);
    }

    [Fact]
    public void Verdict_NoResult_SaysNotEnoughDataWithCounts()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.EngagementRateByReach, Tier.Nano, Tier.Celebrity, null, 1, 0);

        Assert.Equal("not enough data to compare nano-influencers with celebrities on engagement rate (by reach): n = 1 and 0, need 5 influencers each", verdict);
    }

    [Theory]
    [InlineData(Tier.Nano, "nano-influencers")]
    [InlineData(Tier.Micro, "micro-influencers")]
    [InlineData(Tier.Macro, "macro-influencers")]
    [InlineData(Tier.Celebrity, "celebrities")]
    public void Group_EachTier_ReadsAsPeople(Tier tier, string expected)
    {
        Assert.Equal(expected, TierReportBuilder.Group(tier));
    }
    [Fact]
    public void Verdict_CostCheaperForA_ReadsAsMuchPerOrder()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.Cpa, Tier.Micro, Tier.Celebrity, new Contrast(0.4, 0.28, 0.61, 0.98, 60, 10), 60, 10);

        Assert.Equal("micro-influencers cost 0.40x [0.28-0.61] as much per order as celebrities", verdict);
    }

    [Fact]
    public void Verdict_CostDearerForA_ReadsAsMuchPerClick()
    {
        var verdict = TierReportBuilder.Verdict(Metrics.Cpc, Tier.Micro, Tier.Celebrity, new Contrast(2.5, 1.9, 3.2, 0.01, 60, 10), 60, 10);

        Assert.Equal("micro-influencers cost 2.5x [1.9-3.2] as much per click as celebrities", verdict);
    }

    [Fact]
    public void Build_LowerIsBetterMetric_ProbabilityFavoursTheCheaperTier()
    {
        const string Cpa = "cpa";
        InfluencerUnit[] units =
        [
            .. new[] { 10.0, 11, 12, 13, 14 }.Select((v, i) => Unit(1 + i, Tier.Micro, 1, (Cpa, v))),
            .. new[] { 40.0, 45, 50, 55, 60 }.Select((v, i) => Unit(10 + i, Tier.Celebrity, 1, (Cpa, v))),
        ];

        var contrast = Assert.Single(Builder().Build("w", null, null, units).Contrasts);

        // 12 / 50 = 0.24; every micro CPA is below every celebrity CPA, so micro is better in every resample.
        var result = Assert.IsType<Contrast>(contrast.Result);
        Assert.Equal(0.24, result.Ratio, 1e-9);
        Assert.Equal(1.0, result.ProbabilityABetter);
        Assert.Equal(ContrastReading.ABetter, contrast.Reading);
        Assert.Matches(@"^micro-influencers cost 0\.24x \[0\.\d\d-0\.\d\d\] as much per order as celebrities$", contrast.Verdict);
    }

    [Fact]
    public void Build_ConversionMetrics_AreSummarisedLikeEngagement()
    {
        InfluencerUnit[] units =
        [
            Unit(1, Tier.Micro, 2, (Er, 0.03), ("conversion_rate", 0.02), ("roas", 3.0)),
            Unit(2, Tier.Micro, 2, (Er, 0.04), ("conversion_rate", 0.04)),
            Unit(3, Tier.Micro, 0, ("conversion_rate", 0.03), ("roas", 5.0)),
        ];

        var tier = Assert.Single(Builder().Build("w", null, null, units).Tiers);

        Assert.Equal((0.03, 3), (tier.Metrics["conversion_rate"].Value, tier.Metrics["conversion_rate"].N));
        Assert.Equal((4.0, 2), (tier.Metrics["roas"].Value, tier.Metrics["roas"].N));
        Assert.Equal((3, 4), (tier.Influencers, tier.Posts));
    }
}
