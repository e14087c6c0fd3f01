using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class MedianTests
{
    [Fact]
    public void Of_OddCount_IsTheMiddleValue()
    {
        // 1, 3, 5 → 3
        Assert.Equal(3.0, Median.Of([5, 1, 3]));
    }

    [Fact]
    public void Of_EvenCount_IsTheMeanOfTheTwoMiddleValues()
    {
        // 1, 2, 3, 4 → (2 + 3) / 2 = 2.5
        Assert.Equal(2.5, Median.Of([4, 1, 3, 2]));
    }

    [Fact]
    public void Of_Negatives_SortsNumerically()
    {
        // −7, −2, 0, 3, 10 → 0
        Assert.Equal(0.0, Median.Of([-2, 10, 0, -7, 3]));
    }

    [Fact]
    public void Of_SingleValue_IsThatValue()
    {
        Assert.Equal(7.5, Median.Of([7.5]));
    }

    [Fact]
    public void Of_Skewed_IgnoresTheOutlier()
    {
        // 1, 2, 3, 4, 1000 → 3 (the mean would be 202)
        Assert.Equal(3.0, Median.Of([1000, 2, 4, 1, 3]));
    }

    [Fact]
    public void Of_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => Median.Of([]));
    }

    [Fact]
    public void OfOrNull_Empty_IsNull()
    {
        Assert.Null(Median.OfOrNull([]));
    }

    [Fact]
    public void OfOrNull_Values_IsMedianAndLeavesInputUntouched()
    {
        List<double> values = [9, 1, 8, 2];

        // 1, 2, 8, 9 → (2 + 8) / 2 = 5
        Assert.Equal(5.0, Median.OfOrNull(values));
        Assert.Equal([9.0, 1, 8, 2], values);
    }
}
