using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class MinimumEvidenceTests
{
    [Theory]
    [InlineData(4, 10)]
    [InlineData(10, 4)]
    [InlineData(0, 0)]
    public void Read_FewerThanFiveInfluencersOnASide_IsNotEnoughData(int na, int nb)
    {
        var precise = new Contrast(3.0, 2.8, 3.2, 1.0, na, nb);

        Assert.Equal(ContrastReading.NotEnoughData, MinimumEvidence.Read(precise, na, nb, lowerIsBetter: false));
    }

    [Fact]
    public void Read_FiveOnEachSide_IsEnoughInfluencers()
    {
        Assert.Equal(ContrastReading.ABetter, MinimumEvidence.Read(new Contrast(3.0, 2.8, 3.2, 1.0, 5, 5), 5, 5, lowerIsBetter: false));
    }

    [Theory]
    // width 2.0 − 1.1 = 0.9 ≤ 1.5: precise enough, and clear.
    [InlineData(1.5, 1.1, 2.0, ContrastReading.ABetter)]
    // width 3.5 − 1.2 = 2.3 > 2.0: wider than the estimate, but it excludes 1: A is at least 1.2x ahead.
    [InlineData(2.0, 1.2, 3.5, ContrastReading.ABetter)]
    // The demo's ROAS once: 14x [2.3-51], as wide as can be and clear of 1.
    [InlineData(14, 2.3, 51, ContrastReading.ABetter)]
    // A wide interval below 1: B is ahead.
    [InlineData(0.07, 0.02, 0.25, ContrastReading.BBetter)]
    // width exactly equal to the estimate (1.6 − 0.6 = 1.0 = 1.0): not wider, and it spans 1.
    [InlineData(1.0, 0.6, 1.6, ContrastReading.NoClearDifference)]
    // width 1.3 − 0.8 = 0.5 ≤ 1.02: precise, spans 1.
    [InlineData(1.02, 0.8, 1.3, ContrastReading.NoClearDifference)]
    // width 2.4 − 0.5 = 1.9 > 1.1: a tiny difference on thin data.
    [InlineData(1.1, 0.5, 2.4, ContrastReading.NotEnoughData)]
    // width 0.45 − 0.25 = 0.2 ≤ 0.33: B clearly higher.
    [InlineData(0.33, 0.25, 0.45, ContrastReading.BBetter)]
    public void Read_IntervalWidthAgainstTheRatio(double ratio, double low, double high, ContrastReading expected)
    {
        Assert.Equal(expected, MinimumEvidence.Read(new Contrast(ratio, low, high, 0.5, 20, 20), 20, 20, lowerIsBetter: false));
    }

    [Fact]
    public void IsWiderThanEstimate_ReadsTheSameForTheInvertedRatio()
    {
        // [r·e^−h, r·e^h] is wider than r exactly when 2·sinh(h) > 1, whatever r: check on both sides of h = asinh(1/2).
        foreach (var r in new[] { 0.2, 1.0, 3.7 })
        {
            foreach (var (h, wider) in new[] { (Math.Asinh(0.5) - 1e-6, false), (Math.Asinh(0.5) + 1e-6, true) })
            {
                var contrast = new Contrast(r, r * Math.Exp(-h), r * Math.Exp(h), 0.5, 9, 9);
                var inverted = new Contrast(1 / r, 1 / contrast.High, 1 / contrast.Low, 0.5, 9, 9);
                Assert.Equal(wider, MinimumEvidence.IsWiderThanEstimate(contrast));
                Assert.Equal(wider, MinimumEvidence.IsWiderThanEstimate(inverted));
            }
        }
    }

    [Fact]
    public void Read_ForACost_TheLowerSideWins()
    {
        var aCostsLess = new Contrast(0.4, 0.3, 0.55, 0.99, 12, 12);
        var aCostsMore = new Contrast(2.5, 1.9, 3.1, 0.01, 12, 12);

        Assert.Equal(ContrastReading.ABetter, MinimumEvidence.Read(aCostsLess, 12, 12, lowerIsBetter: true));
        Assert.Equal(ContrastReading.BBetter, MinimumEvidence.Read(aCostsMore, 12, 12, lowerIsBetter: true));
    }

    [Fact]
    public void Read_NoContrastWithEnoughInfluencers_IsNoRatio()
    {
        Assert.Equal(ContrastReading.NoRatio, MinimumEvidence.Read(null, 8, 8, lowerIsBetter: false));
    }

    [Fact]
    public void Read_NonFiniteBounds_IsNotEnoughData()
    {
        Assert.Equal(ContrastReading.NotEnoughData, MinimumEvidence.Read(new Contrast(2, double.NaN, 3, 0.9, 8, 8), 8, 8, lowerIsBetter: false));
    }

    [Fact]
    public void Read_NegativeCounts_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MinimumEvidence.Read(null, -1, 5, lowerIsBetter: false));
    }
}
