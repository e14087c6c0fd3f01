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

    private const double Alpha = 0.05;

    public int Resamples { get; } = resamples > 0
        ? resamples
        : throw new ArgumentOutOfRangeException(nameof(resamples), "Resamples must be positive.");

    /// <summary>The median of the units with its percentile-bootstrap 95 % interval.</summary>
    public Estimate Median(IReadOnlyList<double> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
        {
            throw new ArgumentException("No units to summarise.", nameof(units));
        }
        var point = Statistics.Median.Of([.. units]);
        if (units.Count < MinUnitsForInterval)
        {
            return new Estimate(point, null, null, units.Count);
        }
        var replicates = Replicates(units);
        Array.Sort(replicates);
        return new Estimate(point, Quantile(replicates, Alpha / 2), Quantile(replicates, 1 - (Alpha / 2)), units.Count);
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
        if (a.Count < MinUnitsForInterval || b.Count < MinUnitsForInterval)
        {
            return null;
        }
        var pointB = Statistics.Median.Of([.. b]);
        if (pointB <= 0)
        {
            return null;
        }
        var pointA = Statistics.Median.Of([.. a]);
        var ra = Replicates(a);
        var rb = Replicates(b);
        var ratios = new List<double>(Resamples);
        double wins = 0;
        for (var i = 0; i < Resamples; i++)
        {
            wins += ra[i] > rb[i] ? 1 : ra[i] == rb[i] ? 0.5 : 0;
            if (rb[i] > 0)
            {
                ratios.Add(ra[i] / rb[i]);
            }
        }
        var sorted = ratios.ToArray();
        Array.Sort(sorted);
        return new Contrast(pointA / pointB, Quantile(sorted, Alpha / 2), Quantile(sorted, 1 - (Alpha / 2)), wins / Resamples, a.Count, b.Count);
    }

    private double[] Replicates(IReadOnlyList<double> units)
    {
        var replicates = new double[Resamples];
        var sample = new double[units.Count];
        for (var r = 0; r < Resamples; r++)
        {
            for (var i = 0; i < sample.Length; i++)
            {
                sample[i] = units[random.Next(units.Count)];
            }
            replicates[r] = Statistics.Median.Of(sample);
        }
        return replicates;
    }

    private static double Quantile(double[] sorted, double tau) =>
        SortedArrayStatistics.QuantileCustom(sorted, tau, QuantileDefinition.R7);
}
