namespace Clout.Core.Loyalty;

/// <summary>Per post, when its attributed orders came: the first-48-hour share and the decay half-life.</summary>
public static class PostOrderTimings
{
    /// <summary>Two weeks: past that, orders on a creator's code come from later posts or the bio link, not this post.</summary>
    public const int HorizonDays = 14;

    /// <summary>The first two days: the window in which a feed still shows the post to most of its audience.</summary>
    public static readonly TimeSpan Spike = TimeSpan.FromHours(48);

    /// <summary>
    /// The post's timing over [published, published + 14 days). Null while those 14 days have not ended by
    /// <paramref name="asOfUtc"/>: a young post's share and half-life would be computed on part of its life.
    /// Orders before the post or after the horizon are ignored (the caller may pass all orders of the collaboration).
    /// </summary>
    public static PostOrderTiming? Of(DateTime publishedAtUtc, IEnumerable<DateTime> attributedOrdersUtc, DateTime asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(attributedOrdersUtc);
        var horizon = TimeSpan.FromDays(HorizonDays);
        if (publishedAtUtc + horizon > asOfUtc)
        {
            return null;
        }
        var daily = new long[HorizonDays];
        long first48h = 0;
        foreach (var at in attributedOrdersUtc)
        {
            var since = at - publishedAtUtc;
            if (since < TimeSpan.Zero || since >= horizon)
            {
                continue;
            }
            daily[(int)Math.Floor(since.TotalDays)]++;
            if (since < Spike)
            {
                first48h++;
            }
        }
        var orders = daily.Sum();
        return new PostOrderTiming(orders, first48h, orders > 0 ? (double)first48h / orders : null, daily, OrderDecay.Fit(daily));
    }
}
