namespace Clout.Core.Loyalty;

/// <summary>
/// Share of a cohort of first-time customers who had placed a second order by day d after their first, for
/// d = 1 … window: <c>Shares[d − 1]</c> counts second orders placed before first + d days. Only customers who have
/// had the whole window are in the cohort, so the curve is not dragged down by customers who could not yet return.
/// The last point is the cohort's repeat-purchase rate.
/// </summary>
public sealed record RetentionCurve(int Customers, IReadOnlyList<double> Shares)
{
    public static RetentionCurve Of(IReadOnlyCollection<TimeSpan?> timesToSecondOrder, int windowDays)
    {
        ArgumentNullException.ThrowIfNull(timesToSecondOrder);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowDays, 1);
        if (timesToSecondOrder.Count == 0)
        {
            return new RetentionCurve(0, []);
        }
        var returnedOnDay = new int[windowDays];
        foreach (var gap in timesToSecondOrder)
        {
            // Day index of the second order: 0 for the first 24 h. Later than the window: never returned, as far as the curve goes.
            if (gap is { } g && g >= TimeSpan.Zero && g < TimeSpan.FromDays(windowDays))
            {
                returnedOnDay[(int)Math.Floor(g.TotalDays)]++;
            }
        }
        var shares = new double[windowDays];
        var cumulative = 0;
        for (var d = 0; d < windowDays; d++)
        {
            cumulative += returnedOnDay[d];
            shares[d] = (double)cumulative / timesToSecondOrder.Count;
        }
        return new RetentionCurve(timesToSecondOrder.Count, shares);
    }
}
