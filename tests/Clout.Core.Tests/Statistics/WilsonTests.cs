using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class WilsonTests
{
    private const double Tolerance = 5e-5;

    // z = 1.959964, z² = 3.841459.
    // 0/10:  upper = (z²/n) / (1 + z²/n) = 0.3841459 / 1.3841459 = 0.27753
    // 10/10: the mirror image, lower = 1 − 0.27753 = 0.72247
    // 5/10:  centre 0.5; half = z / 1.3841459 · √(0.025 + 3.841459/400) = 1.415994 · 0.186021 = 0.26340
    // 1/1000: centre = (0.001 + 0.0019207) / 1.0038415 = 0.0029095;
    //         half = 1.952492 · √(0.000000999 + 0.00000096036) = 1.952492 · 0.0013998 = 0.0027331 → [0.000177, 0.005643]
    [Theory]
    [InlineData(0, 10, 0.0, 0.0, 0.27753)]
    [InlineData(10, 10, 1.0, 0.72247, 1.0)]
    [InlineData(5, 10, 0.5, 0.23659, 0.76341)]
    [InlineData(1, 1000, 0.001, 0.000177, 0.005643)]
    public void Interval_HandComputed(long successes, long trials, double value, double low, double high)
    {
        var estimate = Assert.IsType<Estimate>(Wilson.Interval(successes, trials));

        Assert.Equal(value, estimate.Value, 1e-12);
        Assert.Equal(low, estimate.Low!.Value, Tolerance);
        Assert.Equal(high, estimate.High!.Value, Tolerance);
        Assert.Equal((int)trials, estimate.N);
    }

    // Newcombe (1998), Statistics in Medicine 17:857–872, Table I, method 3 (Wilson score, no continuity correction).
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Interval_MatchesNewcombeTable(long successes, long trials, double low, double high)
    {
        var estimate = Assert.IsType<Estimate>(Wilson.Interval(successes, trials));

        Assert.Equal(low, Math.Round(estimate.Low!.Value, 4), 1e-9);
        Assert.Equal(high, Math.Round(estimate.High!.Value, 4), 1e-9);
    }

    [Fact]
    public void Interval_NoTrials_IsNullNotZero()
    {
        Assert.Null(Wilson.Interval(0, 0));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(1, -1)]
    [InlineData(11, 10)]
    public void Interval_ImpossibleCounts_Throw(long successes, long trials)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Wilson.Interval(successes, trials));
    }

    [Fact]
    public void Interval_OneSuccessInOne_StaysInsideZeroOne()
    {
        var estimate = Wilson.Interval(1, 1)!;

        // z²/(1+z²) = 3.841459 / 4.841459 = 0.79345 → [0.20655, 1]
        Assert.Equal(0.20655, estimate.Low!.Value, Tolerance);
        Assert.Equal(1.0, estimate.High);
    }
}
