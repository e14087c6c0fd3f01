using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class EstimateTests
{
    [Fact]
    public void HasInterval_BothBounds_IsTrue()
    {
        Assert.True(new Estimate(1, 0.5, 1.5, 3).HasInterval);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(0.5, null)]
    [InlineData(null, 1.5)]
    public void HasInterval_MissingBound_IsFalse(double? low, double? high)
    {
        Assert.False(new Estimate(1, low, high, 2).HasInterval);
    }
}
