using Clout.Core.Loyalty;
using Clout.Core.Tests.Statistics;
using MathNet.Numerics.Distributions;

namespace Clout.Core.Tests.Loyalty;

public sealed class OrderDecayTests
{
    [Fact]
    public void Fit_MatchesStatsmodelsPoissonGlmOnEveryFixture()
    {
        var cases = 0;
        foreach (var c in StatisticsFixtures.Decay)
        {
            var counts = c.GetProperty("counts").EnumerateArray().Select(e => e.GetInt64()).ToArray();

            var fit = OrderDecay.Fit(counts)!;

            Assert.Equal(c.GetProperty("rate_per_day").GetDouble(), fit.RatePerDay, 1e-6);
            Assert.Equal(c.GetProperty("half_life_days").GetDouble(), fit.HalfLifeDays, 1e-6);
            Assert.Equal(c.GetProperty("orders_day0").GetDouble(), fit.OrdersDayZero, 1e-6);
            Assert.Equal(counts.Sum(), fit.Orders);
            cases++;
        }
        Assert.Equal(4, cases);
    }

    [Fact]
    public void Fit_ExactHalvingOverTheWholeSpan_IsOneDay()
    {
        // The observed mean day equals the model's at k = ln 2 exactly, so the MLE is k = ln 2 and A = 127 / (127/64) = 64.
        var fit = OrderDecay.Fit([64, 32, 16, 8, 4, 2, 1])!;

        Assert.Equal(1.0, fit.HalfLifeDays, 1e-12);
        Assert.Equal(Math.Log(2), fit.RatePerDay, 1e-12);
        Assert.Equal(64.0, fit.OrdersDayZero, 1e-9);
    }

    [Fact]
    public void Fit_SimulatedDecay_RecoversTheKnownHalfLife()
    {
        // 200 posts whose daily orders are Poisson(120 · 2^(−d / 2.5)) over 14 days: the true half-life is 2.5 days.
        const double TrueHalfLife = 2.5;
        var random = new Random(2026);
        var estimates = new List<double>();
        for (var post = 0; post < 200; post++)
        {
            var counts = Enumerable.Range(0, 14).Select(d => (long)Poisson.Sample(random, 120 * Math.Pow(2, -d / TrueHalfLife))).ToArray();
            estimates.Add(OrderDecay.Fit(counts)!.HalfLifeDays);
        }

        // MLE is consistent; with ~500 orders a post its spread is a few percent, and the average is within 1 %.
        Assert.Equal(TrueHalfLife, estimates.Average(), TrueHalfLife * 0.01);
        Assert.All(estimates, e => Assert.InRange(e, TrueHalfLife * 0.8, TrueHalfLife * 1.2));
    }

    [Theory]
    [InlineData(new long[] { 2, 1, 1, 0 })]          // four orders: too few
    [InlineData(new long[] { 3, 3, 3, 3 })]          // flat: no decay
    [InlineData(new long[] { 1, 2, 4, 8 })]          // rising
    [InlineData(new long[] { 10, 0, 0, 0 })]         // all on day 0: faster than days resolve
    [InlineData(new long[] { 10 })]                  // one day
    [InlineData(new long[0])]
    public void Fit_NoMeaningfulDecay_IsNull(long[] counts)
    {
        Assert.Null(OrderDecay.Fit(counts));
    }

    [Fact]
    public void Fit_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OrderDecay.Fit([5, -1, 2]));
    }
}
