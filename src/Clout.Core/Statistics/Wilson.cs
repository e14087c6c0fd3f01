namespace Clout.Core.Statistics;

/// <summary>
/// The Wilson score interval for a proportion (Wilson 1927): the set of true proportions a two-sided 95 % score test
/// would not reject. Unlike the textbook p ± z·√(p(1−p)/n), it stays inside [0, 1], is not a point at 0/n or n/n,
/// and keeps close to its nominal coverage for small n and rare events, such as conversion rates (Newcombe 1998).
/// </summary>
public static class Wilson
{
    /// <summary>The standard normal quantile for a two-sided 95 % interval, Φ⁻¹(0.975).</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// <paramref name="successes"/> out of <paramref name="trials"/> with its 95 % Wilson interval; null for no trials,
    /// where no proportion exists. N is the number of trials.
    /// </summary>
    public static Estimate? Interval(long successes, long trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfNegative(trials);
        if (successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), successes, "Successes cannot exceed trials.");
        }
        if (trials == 0)
        {
            return null;
        }
        double n = trials;
        var p = successes / n;
        var z2 = Z95 * Z95;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var halfWidth = Z95 / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        // The bounds of 0/n and n/n are exactly 0 and 1; rounding must not push them a hair outside.
        var low = successes == 0 ? 0 : Math.Max(0, centre - halfWidth);
        var high = successes == trials ? 1 : Math.Min(1, centre + halfWidth);
        return new Estimate(p, low, high, trials > int.MaxValue ? int.MaxValue : (int)trials);
    }
}
