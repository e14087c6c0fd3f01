using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class BetaPosteriorTests
{
    // Measured 5e-11 on the 40,000-success fixture, 1e-13 on the others; scipy's quadrature is tighter still (the fixture
    // script checks it against a 40-digit mpmath sum).
    private const double Tolerance = 1e-10;

    [Fact]
    public void ProbabilityAHigher_MatchesScipyIntegrationOnEveryFixture()
    {
        var cases = 0;
        foreach (var c in StatisticsFixtures.Proportions)
        {
            var p = BetaPosterior.ProbabilityAHigher(c.GetProperty("xa").GetInt64(), c.GetProperty("na").GetInt64(),
                c.GetProperty("xb").GetInt64(), c.GetProperty("nb").GetInt64());
            Assert.Equal(c.GetProperty("p_a_higher").GetDouble(), p, Tolerance);
            cases++;
        }
        Assert.Equal(9, cases);
    }

    [Fact]
    public void ProbabilityAHigher_OneOfOneAgainstNoneOfOne_IsFiveSixths()
    {
        // A ~ Beta(2, 1), density 2p; B ~ Beta(1, 2), CDF 1 − (1 − p)². ∫ 2p(2p − p²) dp over [0, 1] = 4/3 − 1/2 = 5/6.
        Assert.Equal(5.0 / 6, BetaPosterior.ProbabilityAHigher(1, 1, 0, 1), 1e-12);
    }

    [Fact]
    public void ProbabilityAHigher_NoData_IsACoinFlip()
    {
        Assert.Equal(0.5, BetaPosterior.ProbabilityAHigher(0, 0, 0, 0), 1e-12);
    }

    [Theory]
    [InlineData(3, 50, 9, 70)]
    [InlineData(200, 10_000, 150, 8_000)]
    [InlineData(0, 5, 2, 5)]
    public void ProbabilityAHigher_SwappingSides_AddsToOne(long xa, long na, long xb, long nb)
    {
        var ab = BetaPosterior.ProbabilityAHigher(xa, na, xb, nb);
        var ba = BetaPosterior.ProbabilityAHigher(xb, nb, xa, na);

        Assert.Equal(1.0, ab + ba, 1e-9);
    }

    [Fact]
    public void ProbabilityAHigher_SameCounts_IsOneHalf()
    {
        Assert.Equal(0.5, BetaPosterior.ProbabilityAHigher(37, 1_200, 37, 1_200), 1e-9);
    }

    [Fact]
    public void ProbabilityAHigher_LargeCounts_StaysAProbabilityAndFollowsTheData()
    {
        // 100,000 orders from 3 million visitors against 90,000 from 3 million: a 11 % lift with enormous n is certain.
        var p = BetaPosterior.ProbabilityAHigher(100_000, 3_000_000, 90_000, 3_000_000);

        Assert.InRange(p, 1 - 1e-9, 1.0);
    }

    [Fact]
    public void ProbabilityAHigher_ImpossibleCounts_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BetaPosterior.ProbabilityAHigher(5, 4, 1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => BetaPosterior.ProbabilityAHigher(1, 10, -1, 10));
    }
}
