using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class ProportionRatioTests
{
    // statsmodels computes the same closed form; the differences are rounding in the last digits.
    private const double Tolerance = 1e-9;

    [Fact]
    public void Katz_MatchesStatsmodelsOnEveryFixture()
    {
        var checkedCases = 0;
        foreach (var c in StatisticsFixtures.Proportions)
        {
            var interval = ProportionRatio.Katz(c.GetProperty("xa").GetInt64(), c.GetProperty("na").GetInt64(),
                c.GetProperty("xb").GetInt64(), c.GetProperty("nb").GetInt64());
            var expected = c.GetProperty("katz");
            if (expected.ValueKind == System.Text.Json.JsonValueKind.Null)
            {
                Assert.Null(interval);
                continue;
            }
            Assert.NotNull(interval);
            Assert.Equal(expected.GetProperty("ratio").GetDouble(), interval.Ratio, Tolerance);
            Assert.Equal(expected.GetProperty("low").GetDouble(), interval.Low, Tolerance);
            Assert.Equal(expected.GetProperty("high").GetDouble(), interval.High, Tolerance);
            checkedCases++;
        }
        Assert.True(checkedCases >= 7);
    }

    [Fact]
    public void Katz_ByHand_ThirtyInAThousandAgainstTen()
    {
        // ratio 3; se = √(1/30 − 1/1000 + 1/10 − 1/1000) = √0.131333… = 0.362399…; 3·e^(∓1.96·0.3624) = 1.4745, 6.1037.
        var interval = ProportionRatio.Katz(30, 1000, 10, 1000)!;

        Assert.Equal(3.0, interval.Ratio, 1e-12);
        Assert.Equal(1.4745, interval.Low, 1e-4);
        Assert.Equal(6.1037, interval.High, 1e-4);
    }

    [Fact]
    public void Katz_IsSymmetricOnTheLogScale_SwappingSidesInvertsTheInterval()
    {
        var ab = ProportionRatio.Katz(12, 300, 40, 500)!;
        var ba = ProportionRatio.Katz(40, 500, 12, 300)!;

        Assert.Equal(1 / ab.Ratio, ba.Ratio, 1e-12);
        Assert.Equal(1 / ab.High, ba.Low, 1e-12);
        Assert.Equal(1 / ab.Low, ba.High, 1e-12);
    }

    [Theory]
    [InlineData(0, 100, 5, 100)]
    [InlineData(5, 100, 0, 100)]
    [InlineData(0, 0, 5, 100)]
    public void Katz_ZeroSuccessesOrTrials_HasNoInterval(long xa, long na, long xb, long nb)
    {
        Assert.Null(ProportionRatio.Katz(xa, na, xb, nb));
    }

    [Theory]
    [InlineData(-1, 10, 1, 10)]
    [InlineData(11, 10, 1, 10)]
    [InlineData(1, 10, 3, 2)]
    public void Katz_ImpossibleCounts_Throw(long xa, long na, long xb, long nb)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionRatio.Katz(xa, na, xb, nb));
        Assert.Contains("successes", error.ParamName, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrast_CarriesKatzBetaAndInfluencerCounts()
    {
        var contrast = ProportionRatio.Contrast(30, 1000, 12, 10, 1000, 7)!;

        Assert.Equal(3.0, contrast.Ratio, 1e-12);
        Assert.Equal(1.474505227357841, contrast.Low, Tolerance);
        Assert.Equal(0.9993509762430532, contrast.ProbabilityABetter, Tolerance);
        Assert.Equal(12, contrast.NA);
        Assert.Equal(7, contrast.NB);
        Assert.True(contrast.IsClear);
    }
}
