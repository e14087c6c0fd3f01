namespace Clout.Core.Loyalty;

/// <summary>
/// How fast a post's orders fade: daily order counts y_d (d = 0 for the first 24 h) fitted by Poisson maximum
/// likelihood to y_d ~ Poisson(A · e^(−k·d)), half-life = ln 2 / k.
/// <para>Why Poisson MLE and not least squares on log counts: the tail of a post's daily orders is mostly 0 and 1,
/// where log(0) does not exist and any "+ 0.5" fudge biases k; least squares also weighs a day with 1 order as much as
/// a day with 100, though its log is far noisier. The Poisson likelihood takes zeros as they are and weighs each day by
/// its information; it is the GLM statsmodels fits, which the fixtures compare with.</para>
/// <para>The fit needs no library: maximising over A first (A = Σy / Σe^(−kd)) leaves one equation in k,
/// m(k) = Σ d·e^(−kd) / Σ e^(−kd) = Σ d·y_d / Σ y_d (the model's mean day equals the observed mean day), and m
/// falls strictly with k (its derivative is minus a variance), so bisection finds the unique root to machine precision.</para>
/// </summary>
public static class OrderDecay
{
    /// <summary>Below five orders a post's shape is noise: one late order moves the half-life by days.</summary>
    public const int MinOrders = 5;

    /// <summary>Bisection halves the bracket each step; 200 steps take any bracket below the spacing of doubles.</summary>
    private const int BisectionSteps = 200;

    /// <summary>
    /// The fit, or null when it does not exist: fewer than <see cref="MinOrders"/> orders, fewer than two days,
    /// orders not falling over time (the observed mean day is at or after the middle of the span), or every order on
    /// day 0 (a decay faster than daily counts can resolve).
    /// </summary>
    public static DecayFit? Fit(IReadOnlyList<long> dailyOrders)
    {
        ArgumentNullException.ThrowIfNull(dailyOrders);
        long total = 0;
        double dayWeighted = 0;
        for (var d = 0; d < dailyOrders.Count; d++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(dailyOrders[d], nameof(dailyOrders));
            total += dailyOrders[d];
            dayWeighted += (double)d * dailyOrders[d];
        }
        if (total < MinOrders || dailyOrders.Count < 2)
        {
            return null;
        }
        var observedMeanDay = dayWeighted / total;
        var days = dailyOrders.Count;
        if (observedMeanDay <= 0 || observedMeanDay >= ModelMeanDay(0, days))
        {
            return null;
        }
        double low = 0, high = 1;
        while (ModelMeanDay(high, days) > observedMeanDay)
        {
            high *= 2;
        }
        for (var i = 0; i < BisectionSteps && high - low > 0; i++)
        {
            var mid = (low + high) / 2;
            if (mid <= low || mid >= high)
            {
                break;
            }
            if (ModelMeanDay(mid, days) > observedMeanDay)
            {
                low = mid;
            }
            else
            {
                high = mid;
            }
        }
        var k = (low + high) / 2;
        var weightSum = 0.0;
        for (var d = 0; d < days; d++)
        {
            weightSum += Math.Exp(-k * d);
        }
        return new DecayFit(total / weightSum, k, Math.Log(2) / k, total);
    }

    /// <summary>m(k) = Σ d·e^(−kd) / Σ e^(−kd) over d = 0 … days − 1; at k = 0 it is the middle of the span, (days − 1) / 2.</summary>
    private static double ModelMeanDay(double k, int days)
    {
        double weights = 0, weighted = 0;
        for (var d = 0; d < days; d++)
        {
            var w = Math.Exp(-k * d);
            weights += w;
            weighted += d * w;
        }
        return weighted / weights;
    }
}
