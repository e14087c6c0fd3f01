using MathNet.Numerics.Statistics;

namespace Clout.Core.Statistics;

public static class Median
{
    /// <summary>The sample median (mean of the two middle values for an even count); null for no values.</summary>
    public static double? OfOrNull(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? null : Of([.. values]);
    }

    /// <summary>Median of <paramref name="scratch"/>, which it reorders.</summary>
    public static double Of(double[] scratch)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        if (scratch.Length == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(scratch));
        }
        return ArrayStatistics.MedianInplace(scratch);
    }
}
