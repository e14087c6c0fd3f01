using Clout.Core.Statistics;

namespace Clout.Core.Tests.Statistics;

/// <summary>The bootstrap's means and pooled rates, which resample whole influencers (clusters).</summary>
public sealed class ClusterBootstrapTests
{
    [Fact]
    public void MeanRatio_RatioOfMeans()
    {
        // mean A = (1 + 2 + 3 + 10) / 4 = 4, mean B = (1 + 1 + 2 + 4) / 4 = 2.
        var contrast = new Bootstrap(new Random(3)).MeanRatio([1.0, 2, 3, 10], [1.0, 1, 2, 4])!;

        Assert.Equal(2.0, contrast.Ratio, 1e-12);
        Assert.InRange(2.0, contrast.Low, contrast.High);
        Assert.Equal(4, contrast.NA);
    }

    [Fact]
    public void MeanRatio_ConstantGroups_CollapseOnTheRatio()
    {
        var contrast = new Bootstrap(new Random(3)).MeanRatio([4.0, 4, 4, 4], [2.0, 2, 2])!;

        Assert.Equal(new Contrast(2, 2, 2, 1, 4, 3), contrast);
    }

    [Fact]
    public void MeanRatio_PulledByAStarWhereTheMedianIsNot()
    {
        double[] withStar = [1, 1, 1, 1, 1, 1, 1, 1, 1, 31];
        double[] plain = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        var bootstrap = new Bootstrap(new Random(5));

        Assert.Equal(4.0, bootstrap.MeanRatio(withStar, plain)!.Ratio, 1e-12);   // (9 + 31) / 10 = 4
        Assert.Equal(1.0, bootstrap.MedianRatio(withStar, plain)!.Ratio, 1e-12);
    }

    [Fact]
    public void MeanRatio_TooFewUnitsOrZeroMeanB_IsNull()
    {
        var bootstrap = new Bootstrap(new Random(3));

        Assert.Null(bootstrap.MeanRatio([1.0, 2], [1.0, 2, 3]));
        Assert.Null(bootstrap.MeanRatio([1.0, 2, 3], [0.0, 0, 0]));
    }

    [Fact]
    public void PooledRate_IsSumOverSum_WithAnIntervalInsideTheClusterRange()
    {
        // 1/10, 2/10, 3/10: pooled 6/30 = 0.2; with equal exposures a resampled pooled rate is a mean of the three rates.
        var estimate = new Bootstrap(new Random(9)).PooledRate([new(1, 10), new(2, 10), new(3, 10)])!;

        Assert.Equal(0.2, estimate.Value, 1e-12);
        Assert.Equal(3, estimate.N);
        Assert.InRange(estimate.Low!.Value, 0.1, 0.2);
        Assert.InRange(estimate.High!.Value, 0.2, 0.3);
    }

    [Fact]
    public void PooledRate_WeighsByExposure()
    {
        // (1 + 50) / (10 + 100) = 51 / 110, not the mean of 0.1 and 0.5.
        var estimate = new Bootstrap(new Random(9)).PooledRate([new(1, 10), new(50, 100)])!;

        Assert.Equal(51.0 / 110, estimate.Value, 1e-12);
        Assert.False(estimate.HasInterval);
    }

    [Fact]
    public void PooledRate_NoExposure_IsNull()
    {
        Assert.Null(new Bootstrap(new Random(9)).PooledRate([new(0, 0), new(0, 0), new(0, 0)]));
        Assert.Null(new Bootstrap(new Random(9)).PooledRate([]));
    }

    [Fact]
    public void PooledRate_AccountsThatDiffer_WidenTheIntervalWellBeyondWilson()
    {
        // Ten influencers with 1,000 visitors each converting at 1 % or 9 %: 500 orders in 10,000 visitors.
        // Wilson treats 10,000 independent visitors (± ~0.4 points); the accounts disagree far more than that.
        var clusters = Enumerable.Range(0, 10).Select(i => new RateCluster(i % 2 == 0 ? 10 : 90, 1_000)).ToList();
        var cluster = new Bootstrap(new Random(21)).PooledRate(clusters)!;
        var wilson = Wilson.Interval(500, 10_000)!;

        Assert.Equal(0.05, cluster.Value, 1e-12);
        Assert.True(cluster.High - cluster.Low > 3 * (wilson.High - wilson.Low),
            $"cluster bootstrap [{cluster.Low}, {cluster.High}] against Wilson [{wilson.Low}, {wilson.High}]");
    }

    [Fact]
    public void PooledRateRatio_HomogeneousTiers_CollapseOnTheRatio()
    {
        var a = Enumerable.Repeat(new RateCluster(3, 100), 6).ToList();
        var b = Enumerable.Repeat(new RateCluster(1, 100), 5).ToList();

        Assert.Equal(new Contrast(3, 3, 3, 1, 6, 5), new Bootstrap(new Random(1)).PooledRateRatio(a, b));
    }

    [Fact]
    public void PooledRateRatio_ZeroPooledRateB_IsNull()
    {
        var a = Enumerable.Repeat(new RateCluster(3, 100), 4).ToList();
        var b = Enumerable.Repeat(new RateCluster(0, 100), 4).ToList();

        Assert.Null(new Bootstrap(new Random(1)).PooledRateRatio(a, b));
    }

    [Fact]
    public void RateCluster_NegativeOrNonFiniteCounts_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateCluster(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateCluster(1, double.NaN));
    }
}
