using Clout.Core.Campaigns;
using Clout.Core.Engagement;
using Clout.Core.Limits;
using Clout.Core.Reports;

namespace Clout.Core.Tests.Limits;

public sealed class PlausibleLimitsTests
{
    [Theory]
    [InlineData(0L, true)]
    [InlineData(PlausibleLimits.MaxCount, true)]
    [InlineData(PlausibleLimits.MaxCount + 1, false)]
    [InlineData(long.MaxValue, false)]
    [InlineData(-1L, false)]
    public void CountProblem_AtAndBeyondTheLimit_RefusesOnlyBeyond(long count, bool accepted) =>
        Assert.Equal(accepted, PlausibleLimits.CountProblem(count) is null);

    [Fact]
    public void MoneyProblem_LongMaxValueOfCents_NamesTheLimit()
    {
        Assert.Null(PlausibleLimits.MoneyProblem(PlausibleLimits.MaxMoneyMinor));
        Assert.Null(PlausibleLimits.MoneyProblem(1_000_000_000_000m));
        Assert.Contains("is above 1,000,000,000,000", PlausibleLimits.MoneyProblem(long.MaxValue), StringComparison.Ordinal);
        Assert.Contains("is above 1,000,000,000,000", PlausibleLimits.MoneyProblem(1_000_000_000_000.01m), StringComparison.Ordinal);
        Assert.Equal("must not be negative", PlausibleLimits.MoneyProblem(-1L));
    }

    [Theory]
    [InlineData(double.NaN, 0L)]
    [InlineData(1e30, long.MaxValue)]
    [InlineData(-1e30, long.MinValue)]
    [InlineData(12.7, 12L)]
    public void Saturate_BeyondALong_IsTheNearestLong(double value, long expected) =>
        Assert.Equal(expected, PlausibleLimits.Saturate(value));

    [Fact]
    public void Interactions_FourCountsAtLongMaxValue_AddUpWithoutOverflow()
    {
        var post = new PostMetrics(default, long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue);

        Assert.Equal(4.0 * long.MaxValue, post.Interactions);
        Assert.NotNull(EngagementRate.ByFollowers(post, 1_000));
        Assert.Equal(3.0 * long.MaxValue / long.MaxValue, DepthRatio.Of(post));
    }

    [Fact]
    public void CostMinor_FeeAndProductCostAtLongMaxValue_AddUpWithoutOverflow() =>
        Assert.Equal(2.0 * long.MaxValue, new CollaborationSpend(long.MaxValue, long.MaxValue, 0, 0).CostMinor);

    [Fact]
    public void ToMajor_Double_RoundsToTheCentAndIsNullBeyondADecimal()
    {
        Assert.Equal(123.45m, Money.ToMajor(12_345.0));
        Assert.Equal(Money.ToMajor(5_000L), Money.ToMajor(5_000.0));
        Assert.Equal(0.13m, Money.ToMajor(12.5));
        Assert.Null(Money.ToMajor(1e30));
        Assert.Null(Money.ToMajor(double.PositiveInfinity));
    }
}
