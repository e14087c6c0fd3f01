using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class BootstrapTests
{
    private const double Tolerance = 1e-12;

    // Right-skewed (Fibonacci-like) sample of 15; sorted, the 8th value, 5, is the median.
    private static readonly double[] Skewed = [1, 1, 2, 2, 3, 3, 4, 5, 8, 13, 21, 34, 55, 89, 144];

    [Fact]
    public void Constructor_NonPositiveResamples_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bootstrap(new Random(1), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Bootstrap(new Random(1), -5));
    }

    [Fact]
    public void Resamples_Default_IsTwoThousand()
    {
        Assert.Equal(2_000, new Bootstrap(new Random(1)).Resamples);
        Assert.Equal(250, new Bootstrap(new Random(1), 250).Resamples);
    }

    [Fact]
    public void Median_NoUnits_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Bootstrap(new Random(1)).Median([]));
    }

    [Fact]
    public void Median_OneUnit_HasNoInterval()
    {
        var estimate = new Bootstrap(new Random(1)).Median([4.0]);

        Assert.Equal(new Estimate(4.0, null, null, 1), estimate);
        Assert.False(estimate.HasInterval);
    }

    [Fact]
    public void Median_TwoUnits_HasPointButNoInterval()
    {
        // (1 + 3) / 2 = 2
        var estimate = new Bootstrap(new Random(1)).Median([1.0, 3.0]);

        Assert.Equal(new Estimate(2.0, null, null, 2), estimate);
    }

    [Fact]
    public void Median_ThreeUnits_HasInterval()
    {
        var estimate = new Bootstrap(new Random(1)).Median([1.0, 2.0, 3.0]);

        Assert.Equal(2.0, estimate.Value);
        Assert.Equal(3, estimate.N);
        Assert.True(estimate.HasInterval);
        // P(resampled median = 1) = P(at least two of three draws are 1) = 3·(1/3)²·(2/3) + (1/3)³ = 7/27 ≈ 0.26,
        // far above 2.5 %, and likewise for 3: the percentile interval is exactly [1, 3].
        Assert.Equal(1.0, estimate.Low);
        Assert.Equal(3.0, estimate.High);
    }

    [Fact]
    public void Median_AllEqual_IntervalCollapsesOnTheValue()
    {
        var estimate = new Bootstrap(new Random(1)).Median([2.5, 2.5, 2.5, 2.5]);

        Assert.Equal(new Estimate(2.5, 2.5, 2.5, 4), estimate);
    }

    [Fact]
    public void Median_SkewedSample_IntervalContainsPointAndLeansRight()
    {
        var estimate = new Bootstrap(new Random(7)).Median(Skewed);

        Assert.Equal(5.0, estimate.Value);
        Assert.Equal(15, estimate.N);
        var low = Assert.NotNull(estimate.Low);
        var high = Assert.NotNull(estimate.High);
        Assert.InRange(5.0, low, high);
        // A resampled median is the 8th of 15 draws, so P(median <= x) = P(Binomial(15, F(x)) >= 8):
        // x = 2 (F = 4/15): 0.0255; x = 3 (F = 6/15): 0.213. The 2.5 % quantile is therefore 2 or 3 (Monte-Carlo noise).
        // Mirrored: P(median >= 34) = 0.0255 and P(median >= 21) = 0.088, so the 97.5 % quantile is 21 or 34.
        Assert.InRange(low, 2.0, 3.0);
        Assert.InRange(high, 21.0, 34.0);
        Assert.True(high - 5.0 > 5.0 - low, "a right-skewed sample has the longer arm above the median");
    }

    [Fact]
    public void Median_SameSeed_GivesIdenticalResult()
    {
        var first = new Bootstrap(new Random(2026)).Median(Skewed);
        var second = new Bootstrap(new Random(2026)).Median(Skewed);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Median_DifferentSeeds_AgreeOnPointAndStaySane()
    {
        var first = new Bootstrap(new Random(1)).Median(Skewed);
        var second = new Bootstrap(new Random(2)).Median(Skewed);

        // The point estimate does not depend on the seed; the intervals may differ, but both hold it and
        // both stay within the same hand-derived bands as above.
        Assert.Equal(first.Value, second.Value);
        foreach (var estimate in new[] { first, second })
        {
            Assert.InRange(estimate.Value, estimate.Low!.Value, estimate.High!.Value);
            Assert.InRange(estimate.Low.Value, 2.0, 3.0);
            Assert.InRange(estimate.High.Value, 21.0, 34.0);
        }
    }

    [Fact]
    public void Median_DoesNotReorderTheCallersList()
    {
        double[] units = [9, 1, 8, 2, 7];

        var estimate = new Bootstrap(new Random(3), 100).Median(units);

        Assert.Equal(7.0, estimate.Value); // 1, 2, 7, 8, 9
        Assert.Equal([9.0, 1, 8, 2, 7], units);
    }

    [Fact]
    public void Median_ManySamplesFromKnownDistribution_CoversTrueMedianAboutNinetyFivePercent()
    {
        // Exponential(1): F(x) = 1 − e^(−x), so the true median is ln 2 ≈ 0.6931.
        var trueMedian = Math.Log(2);
        var data = new Random(20_260_301);
        var bootstrap = new Bootstrap(new Random(99));
        const int Samples = 200;
        const int Size = 30;

        var covered = 0;
        for (var s = 0; s < Samples; s++)
        {
            var sample = new double[Size];
            for (var i = 0; i < Size; i++)
            {
                sample[i] = -Math.Log(1 - data.NextDouble());
            }
            var estimate = bootstrap.Median(sample);
            if (estimate.Low <= trueMedian && trueMedian <= estimate.High)
            {
                covered++;
            }
        }

        // A 95 % interval should cover in about 190 of 200 (binomial sd ≈ 3); the percentile bootstrap of a median
        // at n = 30 runs a little liberal or conservative, so accept 88–99 %: 176..198.
        Assert.InRange(covered, 176, 198);
    }

    [Fact]
    public void Median_LargerSample_GivesNarrowerInterval()
    {
        // Same Exponential(1) population: the interval of the median shrinks roughly like 1/sqrt(n),
        // so n = 400 should be well under half as wide as n = 25 (sqrt(25/400) = 0.25).
        var data = new Random(5);
        double[] Draw(int n) => [.. Enumerable.Range(0, n).Select(_ => -Math.Log(1 - data.NextDouble()))];
        var bootstrap = new Bootstrap(new Random(6));

        var small = bootstrap.Median(Draw(25));
        var large = bootstrap.Median(Draw(400));

        var smallWidth = small.High!.Value - small.Low!.Value;
        var largeWidth = large.High!.Value - large.Low!.Value;
        Assert.True(largeWidth < 0.5 * smallWidth, $"n=400 width {largeWidth} vs n=25 width {smallWidth}");
    }

    [Fact]
    public void DrawMedians_Interval_IsTheTextbookBootstrapOfTheSameDraws()
    {
        // The textbook way, written out: 2,000 resamples drawn with replacement, the median of each, the R-7 percentiles.
        var random = new Random(2026);
        var medians = new double[Bootstrap.DefaultResamples];
        var sample = new double[Skewed.Length];
        for (var r = 0; r < medians.Length; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = Skewed[random.Next(Skewed.Length)];
            }
            medians[r] = MathNet.Numerics.Statistics.Statistics.Median(sample);
        }
        Array.Sort(medians);

        var drawn = new Bootstrap(new Random(2026)).DrawMedians(Skewed).Interval();

        Assert.Equal(5.0, drawn.Value);
        Assert.Equal(MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom(medians, 0.025, MathNet.Numerics.Statistics.QuantileDefinition.R7), drawn.Low);
        Assert.Equal(MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom(medians, 0.975, MathNet.Numerics.Statistics.QuantileDefinition.R7), drawn.High);
    }

    [Fact]
    public void DrawMedians_ContrastAfterInterval_PairsTheDrawsAsDrawn()
    {
        // The interval sorts the resampled medians; the contrast must still pair them in the order they were drawn,
        // or two sorted sets would move together and the ratio's interval would collapse.
        double[] a = [3, 5, 8, 13, 21, 34, 55, 89, 144];
        double[] b = [2, 3, 5, 8, 13, 21, 34];
        var fresh = new Bootstrap(new Random(5)).DrawMedians(a).RatioTo(new Bootstrap(new Random(6)).DrawMedians(b));
        var drawsA = new Bootstrap(new Random(5)).DrawMedians(a);
        var drawsB = new Bootstrap(new Random(6)).DrawMedians(b);
        _ = drawsA.Interval();
        _ = drawsB.Interval();

        var afterIntervals = drawsA.RatioTo(drawsB);

        Assert.Equal(fresh, afterIntervals);
        Assert.NotNull(afterIntervals);
        Assert.Equal(21.0 / 8.0, afterIntervals.Ratio, Tolerance);
        // Paired independently, medians of these overlapping samples disagree often: the interval is wide and spans 1.
        Assert.True(afterIntervals.Low < 1 && afterIntervals.High > 2, $"[{afterIntervals.Low}, {afterIntervals.High}]");
        Assert.InRange(afterIntervals.ProbabilityABetter, 0.6, 0.99);
    }

    [Fact]
    public void DrawMedians_FewUnitsOrNoPositiveB_NoIntervalNoRatio()
    {
        var two = new Bootstrap(new Random(1)).DrawMedians([1.0, 3.0]);
        var zeros = new Bootstrap(new Random(2)).DrawMedians([0.0, 0.0, 0.0, 1.0]);
        var some = new Bootstrap(new Random(3)).DrawMedians([1.0, 2.0, 3.0]);

        Assert.Equal(new Estimate(2.0, null, null, 2), two.Interval());
        Assert.Null(two.RatioTo(some));
        Assert.Null(some.RatioTo(two));
        Assert.Null(some.RatioTo(zeros)); // B's median is 0: no ratio
    }

    [Fact]
    public void MedianRatio_ClearlyLargerA_RatioOfMediansAndCertainWin()
    {
        // A: median 16; B: median 4 → 16 / 4 = 4.
        double[] a = [10, 12, 14, 16, 18, 20, 22];
        double[] b = [2, 3, 4, 5, 6];

        var contrast = Assert.IsType<Contrast>(new Bootstrap(new Random(11)).MedianRatio(a, b));

        Assert.Equal(4.0, contrast.Ratio, Tolerance);
        Assert.Equal(7, contrast.NA);
        Assert.Equal(5, contrast.NB);
        // Every resampled A median is >= 10 and every B median <= 6, so A wins every resample: P = 1 exactly,
        // and every resampled ratio lies in [10/6, 22/2] = [1.667, 11].
        Assert.Equal(1.0, contrast.ProbabilityABetter);
        Assert.InRange(contrast.Low, 10.0 / 6.0, 4.0);
        Assert.InRange(contrast.High, 4.0, 11.0);
        Assert.True(contrast.IsClear);
    }

    [Fact]
    public void MedianRatio_ClearlySmallerA_RatioBelowOneAndCertainLoss()
    {
        double[] a = [2, 3, 4, 5, 6];
        double[] b = [10, 12, 14, 16, 18, 20, 22];

        var contrast = Assert.IsType<Contrast>(new Bootstrap(new Random(11)).MedianRatio(a, b));

        // 4 / 16 = 0.25; every ratio in [2/22, 6/10] = [0.091, 0.6]; A never wins.
        Assert.Equal(0.25, contrast.Ratio, Tolerance);
        Assert.Equal(0.0, contrast.ProbabilityABetter);
        Assert.InRange(contrast.Low, 2.0 / 22.0, 0.25);
        Assert.InRange(contrast.High, 0.25, 0.6);
        Assert.True(contrast.IsClear);
    }

    [Fact]
    public void MedianRatio_IdenticalGroups_RatioOneAndCoinFlip()
    {
        double[] units = [.. Enumerable.Range(1, 25).Select(i => (double)i)];

        var contrast = Assert.IsType<Contrast>(new Bootstrap(new Random(12)).MedianRatio(units, units));

        // 13 / 13 = 1; by symmetry A beats B in half the resamples (ties count half).
        Assert.Equal(1.0, contrast.Ratio, Tolerance);
        Assert.InRange(contrast.ProbabilityABetter, 0.4, 0.6);
        Assert.True(contrast.Low < 1 && contrast.High > 1, $"[{contrast.Low}, {contrast.High}] should span 1");
        Assert.False(contrast.IsClear);
    }

    [Fact]
    public void MedianRatio_ZeroMedianA_IsZeroRatio()
    {
        // 0 / 2 = 0; every A median is 0 and every B median >= 1, so A never wins and every ratio is 0.
        var contrast = Assert.IsType<Contrast>(new Bootstrap(new Random(13)).MedianRatio([0.0, 0, 0], [1.0, 2, 3]));

        Assert.Equal(new Contrast(0, 0, 0, 0, 3, 3), contrast);
    }

    [Fact]
    public void MedianRatio_ResamplesWithZeroBMedian_AreLeftOutOfTheRatiosOnly()
    {
        // B = 0, 0, 1, 1, 1 has median 1, but a resample with three zeros has median 0 (P ≈ 0.32).
        // Those resamples still count as wins for A (2 > 0) but give no ratio; the rest all give 2 / 1.
        var contrast = Assert.IsType<Contrast>(new Bootstrap(new Random(14)).MedianRatio([2.0, 2, 2], [0.0, 0, 1, 1, 1]));

        Assert.Equal(new Contrast(2, 2, 2, 1, 3, 5), contrast);
    }

    [Fact]
    public void MedianRatio_SameSeed_GivesIdenticalResult()
    {
        double[] a = [3, 5, 4, 8, 6, 2, 9];
        double[] b = [2, 1, 3, 4, 2.5];

        var first = new Bootstrap(new Random(77)).MedianRatio(a, b);
        var second = new Bootstrap(new Random(77)).MedianRatio(a, b);

        Assert.NotNull(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(5, 2)]
    [InlineData(0, 5)]
    [InlineData(2, 2)]
    public void MedianRatio_FewerThanThreeUnits_IsNull(int na, int nb)
    {
        double[] a = [.. Enumerable.Repeat(4.0, na)];
        double[] b = [.. Enumerable.Repeat(2.0, nb)];

        Assert.Null(new Bootstrap(new Random(1)).MedianRatio(a, b));
    }

    [Fact]
    public void MedianRatio_BMedianZero_IsNull()
    {
        // 0, 0, 0, 5 → (0 + 0) / 2 = 0: no ratio can be formed.
        Assert.Null(new Bootstrap(new Random(1)).MedianRatio([1.0, 2, 3], [0.0, 0, 0, 5]));
    }

    [Fact]
    public void MedianRatio_BMedianNegative_IsNull()
    {
        Assert.Null(new Bootstrap(new Random(1)).MedianRatio([1.0, 2, 3], [-3.0, -2, -1]));
    }

    [Fact]
    public void MedianRatio_NullGroup_Throws()
    {
        var bootstrap = new Bootstrap(new Random(1));

        Assert.Throws<ArgumentNullException>(() => bootstrap.MedianRatio(null!, [1.0, 2, 3]));
        Assert.Throws<ArgumentNullException>(() => bootstrap.MedianRatio([1.0, 2, 3], null!));
    }

    /// <summary>
    /// Resampled medians are read from counts over the units sorted once (the tier report's hot path); they must be
    /// exactly what copying each resample and taking its median gives with the same draws: same interval, same P(A &gt; B).
    /// </summary>
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(15)]
    [InlineData(250)]
    [InlineData(451)]
    public void Median_AndMedianRatio_SameDrawsAsCopyingEachResample(int count)
    {
        var data = new Random(count);
        // Rounded to sevenths: many ties, as with counts and shares.
        List<double> a = [.. Enumerable.Range(0, count).Select(_ => Math.Round(data.NextDouble() * 20) / 7)];
        List<double> b = [.. Enumerable.Range(0, count + 7).Select(_ => 1 + data.NextDouble())];

        var estimate = new Bootstrap(new Random(42), 500).Median(a);
        var contrast = new Bootstrap(new Random(42), 500).MedianRatio(a, b)!;

        var draws = new Random(42);
        var medians = ResampledMedians(a, draws);
        Assert.Equal((Quantile(medians, 0.025), Quantile(medians, 0.975)), (estimate.Low, estimate.High));
        draws = new Random(42);
        var ra = ResampledMedians(a, draws);
        var rb = ResampledMedians(b, draws);
        var ratios = ra.Zip(rb, (x, y) => x / y).Order().ToArray();
        Assert.Equal((Quantile(ratios, 0.025), Quantile(ratios, 0.975)), (contrast.Low, contrast.High));
        Assert.Equal(ra.Zip(rb).Sum(p => p.First > p.Second ? 1 : p.First == p.Second ? 0.5 : 0) / 500, contrast.ProbabilityABetter);

        static double[] ResampledMedians(List<double> units, Random draws)
        {
            var replicates = new double[500];
            for (var r = 0; r < replicates.Length; r++)
            {
                replicates[r] = Median.Of([.. Enumerable.Range(0, units.Count).Select(_ => units[draws.Next(units.Count)])]);
            }
            return replicates;
        }

        static double Quantile(double[] values, double tau) =>
            MathNet.Numerics.Statistics.SortedArrayStatistics.QuantileCustom([.. values.Order()], tau, MathNet.Numerics.Statistics.QuantileDefinition.R7);
    }
}
