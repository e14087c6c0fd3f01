namespace Clout.Core.Statistics;

/// <summary>
/// The modified z-score of Iglewicz and Hoaglin (1993): distance from the median in units of MAD × 1.4826, which
/// estimates σ for normal data but, unlike the standard deviation, is not dragged along by the outliers it is meant
/// to find. They recommend |z| &gt; 3.5 as the mark of an outlier.
/// </summary>
public static class RobustZ
{
    /// <summary>MAD × 1.4826 estimates σ for normal data (1 / Φ⁻¹(0.75)).</summary>
    public const double MadToSigma = 1.4826;

    /// <summary>Iglewicz and Hoaglin's cut for "outlier".</summary>
    public const double OutlierCut = 3.5;

    /// <summary>The centre (median) and spread (MAD × 1.4826, at least <paramref name="minSpread"/>) of the values.</summary>
    public static (double Median, double Spread) Centre(IReadOnlyCollection<double> values, double minSpread)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("No values to centre.", nameof(values));
        }
        var median = Median.Of([.. values]);
        var mad = Median.Of([.. values.Select(v => Math.Abs(v - median))]);
        // A floor on the spread: with identical peers the MAD is 0 and any difference would be infinitely unusual.
        return (median, Math.Max(MadToSigma * mad, minSpread));
    }

    public static double Of(double value, (double Median, double Spread) centre) => (value - centre.Median) / centre.Spread;
}
