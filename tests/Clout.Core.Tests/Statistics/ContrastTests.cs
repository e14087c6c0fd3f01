using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

public sealed class ContrastTests
{
    [Theory]
    [InlineData(1.5, 1.1, 2.0, true)]    // wholly above 1
    [InlineData(0.5, 0.3, 0.9, true)]    // wholly below 1
    [InlineData(1.2, 0.9, 1.6, false)]   // spans 1
    [InlineData(1.3, 1.0, 1.6, false)]   // touches 1 from above: not clear
    [InlineData(0.8, 0.6, 1.0, false)]   // touches 1 from below: not clear
    public void IsClear_IntervalExcludingOne_IsClear(double ratio, double low, double high, bool expected)
    {
        Assert.Equal(expected, new Contrast(ratio, low, high, 0.9, 10, 10).IsClear);
    }
}
