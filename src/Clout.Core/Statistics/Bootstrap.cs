using MathNet.Numerics.Statistics;

namespace Clout.Core.Statistics;

/// <summary>
/// Percentile bootstrap over independent units. Callers pass one value per influencer, never pooled posts:
/// posts of one creator share an audience and are not independent draws.
/// </summary>
public sealed class Bootstrap(Random random, int resamples = Bootstrap.DefaultResamples)
{
    /// <summary>2,000 resamples put the Monte-Carlo error of a 2.5 % percentile well below the interval's own width.</summary>
    public const int DefaultResamples = 2_000;

    /// <summary>Below three units a resampled median is one of at most three values: no honest interval.</summary>
    public const int MinUnitsForInterval = 3;

    internal const double Alpha = 0.05;

    public int Resamples { get; } = resamples > 0
        ? resamples
        : throw new ArgumentOutOfRangeException(nameof(resamples), "Resamples must be positive.");

    /// <summary>The median of the units with its percentile-bootstrap 95 % interval.</summary>
    public Estimate Median(IReadOnlyList<double> units) => DrawMedians(units).Interval();

    /// <summary>
    /// The median of the units and the medians of <see cref="Resamples"/> resamples (none below
    /// <see cref="MinUnitsForInterval"/> units): drawn once, a group's draws give its own interval
    /// (<see cref="MedianDraws.Interval"/>) and every contrast it is in (<see cref="MedianDraws.RatioTo"/>).
    /// </summary>
    public MedianDraws DrawMedians(IReadOnlyList<double> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            throw new ArgumentException("No units to summarise.", nameof(units));
        }
        var point = Statistics.Median.Of([.. units]);
        return new MedianDraws(point, units.Count, units.Count < MinUnitsForInterval ? null : MedianReplicates(units));
    }

    /// <summary>
    /// Ratio of the medians of A and B with its bootstrap interval (each group resampled on its own) and the
    /// share of resamples in which A beats B, the bootstrap's reading of P(A &gt; B). Null when either group
    /// has fewer than <see cref="MinUnitsForInterval"/> units or B's median is not positive.
    /// </summary>
    public Contrast? MedianRatio(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Count < MinUnitsForInterval || b.Count < MinUnitsForInterval ? null : DrawMedians(a).RatioTo(DrawMedians(b));
    }

    /// <summary>
    /// Ratio of the means of A and B (one value per influencer) with the same cluster bootstrap as
    /// <see cref="MedianRatio"/>: the mean answers "what does a typical euro spent on this tier buy" where
    /// the median answers "what does a typical account do", and is pulled by the few stars a tier has.
    /// Null under the same conditions (fewer than <see cref="MinUnitsForInterval"/> units, B's mean not positive).
    /// </summary>
    public Contrast? MeanRatio(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return RatioContrast(a, b, MeanOf, units => Replicates(units, MeanOf));
    }

    /// <summary>
    /// A tier's pooled rate Σ events / Σ exposure (e.g. all its orders over all its visitors) with a cluster-bootstrap
    /// 95 % interval: whole influencers are resampled, so the interval widens when accounts differ, which a Wilson
    /// interval on the pooled counts (it assumes every visitor is an independent draw) cannot see. Null when
    /// the tier has no exposure at all.
    /// </summary>
    public Estimate? PooledRate(IReadOnlyList<RateCluster> clusters)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        var point = PooledRateOf(clusters);
        if (!double.IsFinite(point))
        {
            return null;
        }
        if (clusters.Count < MinUnitsForInterval)
        {
            return new Estimate(point, null, null, clusters.Count);
        }
        var replicates = Replicates(clusters, PooledRateOf).Where(double.IsFinite).ToArray();
        Array.Sort(replicates);
        return new Estimate(point, Quantile(replicates, Alpha / 2), Quantile(replicates, 1 - (Alpha / 2)), clusters.Count);
    }

    /// <summary>
    /// Ratio of two tiers' pooled rates (Σ events / Σ exposure) with a cluster bootstrap over influencers and the share of
    /// resamples in which A's pooled rate is higher. Null with fewer than <see cref="MinUnitsForInterval"/> influencers
    /// on a side or when B's pooled rate is not positive.
    /// </summary>
    public Contrast? PooledRateRatio(IReadOnlyList<RateCluster> a, IReadOnlyList<RateCluster> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return RatioContrast(a, b, PooledRateOf, units => Replicates(units, PooledRateOf));
    }

    private static Contrast? RatioContrast<T>(IReadOnlyList<T> a, IReadOnlyList<T> b, Func<T[], double> statistic, Func<IReadOnlyList<T>, double[]> replicates)
    {
        if (a.Count < MinUnitsForInterval || b.Count < MinUnitsForInterval)
        {
            return null;
        }
        var pointB = statistic([.. b]);
        if (!(pointB > 0))
        {
            return null;
        }
        var pointA = statistic([.. a]);
        if (!double.IsFinite(pointA))
        {
            return null;
        }
        return RatioOf(pointA, pointB, replicates(a), replicates(b), a.Count, b.Count);
    }

    /// <summary>The ratio A / B of two statistics from their replicates, paired by index (independent groups: any pairing is a fair draw).</summary>
    internal static Contrast RatioOf(double pointA, double pointB, double[] ra, double[] rb, int na, int nb)
    {
        var ratios = new List<double>(ra.Length);
        double wins = 0;
        for (var i = 0; i < ra.Length; i++)
        {
            wins += ra[i] > rb[i] ? 1 : ra[i] == rb[i] ? 0.5 : 0;
            // A resample whose B statistic is 0 (or undefined: no exposure drawn) has no ratio; it still counts in P(A > B).
            if (rb[i] > 0 && double.IsFinite(ra[i]))
            {
                ratios.Add(ra[i] / rb[i]);
            }
        }
        var sorted = ratios.ToArray();
        Array.Sort(sorted);
        return new Contrast(pointA / pointB, Quantile(sorted, Alpha / 2), Quantile(sorted, 1 - (Alpha / 2)), wins / ra.Length, na, nb);
    }

    /// <summary>
    /// The medians of <see cref="Resamples"/> resamples, drawn exactly like <see cref="Replicates{T}"/> with
    /// <see cref="Statistics.Median.Of"/> (the same draws in the same order, so the same random stream gives the
    /// same numbers), but without copying and selecting in each resample: the units are sorted once, a resample is
    /// the count of draws of each sorted position, and its median is read off the running count. For the tier report
    /// (about 200,000 resampled medians of up to a few hundred influencers) this is several times faster.
    /// </summary>
    private double[] MedianReplicates(IReadOnlyList<double> units)
    {
        var n = units.Count;
        var sorted = new double[n];
        var rankOf = new int[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            sorted[i] = units[i];
            order[i] = i;
        }
        Array.Sort(sorted, order);
        for (var rank = 0; rank < n; rank++)
        {
            rankOf[order[rank]] = rank;
        }
        var counts = new int[n];
        var replicates = new double[Resamples];
        // The median's order statistics (0-based): the middle one, or the two middle ones averaged, as MathNet does.
        var upper = n / 2;
        var lower = n % 2 == 1 ? upper : upper - 1;
        for (var r = 0; r < Resamples; r++)
        {
            Array.Clear(counts);
            for (var i = 0; i < n; i++)
            {
                counts[rankOf[random.Next(n)]]++;
            }
            replicates[r] = MiddleOf(sorted, counts, lower, upper);
        }
        return replicates;
    }

    /// <summary>(x[lower] + x[upper]) / 2 of the resample whose sorted values occur <paramref name="counts"/> times each.</summary>
    private static double MiddleOf(double[] sorted, int[] counts, int lower, int upper)
    {
        var seen = 0;
        var rank = 0;
        while (seen + counts[rank] <= lower)
        {
            seen += counts[rank++];
        }
        var low = sorted[rank];
        if (lower == upper)
        {
            return low;
        }
        while (seen + counts[rank] <= upper)
        {
            seen += counts[rank++];
        }
        return (low + sorted[rank]) / 2.0;
    }

    /// <summary>Draws <see cref="Resamples"/> samples of the units with replacement (whole units: the clusters) and applies the statistic to each.</summary>
    private double[] Replicates<T>(IReadOnlyList<T> units, Func<T[], double> statistic)
    {
        var replicates = new double[Resamples];
        var sample = new T[units.Count];
        for (var r = 0; r < Resamples; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = units[random.Next(units.Count)];
            }
            replicates[r] = statistic(sample);
        }
        return replicates;
    }

    private static double MeanOf(double[] values) => values.Average();

    /// <summary>Σ events / Σ exposure; NaN when there is no exposure (0/0).</summary>
    private static double PooledRateOf(IReadOnlyList<RateCluster> clusters)
    {
        double events = 0, exposure = 0;
        foreach (var cluster in clusters)
        {
            events += cluster.Events;
            exposure += cluster.Exposure;
        }
        return exposure > 0 ? events / exposure : double.NaN;
    }

    internal static double Quantile(double[] sorted, double tau) =>
        SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);
}

/// <summary>A group's median and its resampled medians (<see cref="Bootstrap.DrawMedians"/>).</summary>
public sealed class MedianDraws
{
    private readonly double[]? _replicates;

    internal MedianDraws(double point, int count, double[]? replicates) => (Point, Count, _replicates) = (point, count, replicates);

    public double Point { get; }

    /// <summary>How many units (influencers) the group has.</summary>
    public int Count { get; }

    /// <summary>The median with its percentile 95 % interval (none below <see cref="Bootstrap.MinUnitsForInterval"/> units).</summary>
    public Estimate Interval()
    {
        if (_replicates is null)
        {
            return new Estimate(Point, null, null, Count);
        }
        var sorted = (double[])_replicates.Clone(); // sorted apart: the contrasts pair the draws in the order they were drawn
        Array.Sort(sorted);
        return new Estimate(Point, Bootstrap.Quantile(sorted, Bootstrap.Alpha / 2), Bootstrap.Quantile(sorted, 1 - (Bootstrap.Alpha / 2)), Count);
    }

    /// <summary>
    /// This group's median over <paramref name="other"/>'s, with the interval and P(this &gt; other) from both groups'
    /// draws; null under the conditions of <see cref="Bootstrap.MedianRatio"/>. The two must come from independent streams.
    /// </summary>
    public Contrast? RatioTo(MedianDraws other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (_replicates is null || other._replicates is null || !(other.Point > 0) || !double.IsFinite(Point))
        {
            return null;
        }
        if (_replicates.Length != other._replicates.Length)
        {
            throw new ArgumentException("Both groups need the same number of resamples.", nameof(other));
        }
        return Bootstrap.RatioOf(Point, other.Point, _replicates, other._replicates, Count, other.Count);
    }
}
