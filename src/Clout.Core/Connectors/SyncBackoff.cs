namespace Clout.Core.Connectors;

/// <summary>
/// When a connection tries again after a failure: a platform's server errors wait twice as long after each
/// consecutive failure, from a minute up to a bound, so that an outage is neither hammered nor forgotten for days;
/// a spent daily quota waits for the platform's next midnight in its own time zone.
/// </summary>
public static class SyncBackoff
{
    /// <summary>The first retry: long enough for a platform's brief hiccup to pass.</summary>
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait: a connection failing all day is still tried a few times a day.</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    /// <summary>Consecutive server errors after which a connection shows as failing rather than backing off.</summary>
    public const int FailingAfter = 5;

    /// <summary>The wait after <paramref name="consecutiveFailures"/> failures in a row (1 for the first): 1, 2, 4 … minutes, at most <see cref="Longest"/>.</summary>
    public static TimeSpan AfterServerError(int consecutiveFailures)
    {
        if (consecutiveFailures <= 1)
        {
            return First;
        }
        // 2^9 minutes already exceeds the bound: capping the exponent keeps the arithmetic far from overflow.
        var doublings = Math.Min(consecutiveFailures - 1, 10);
        var wait = TimeSpan.FromTicks(First.Ticks << doublings);
        return wait < Longest ? wait : Longest;
    }

    /// <summary>The next midnight in <paramref name="zone"/> strictly after <paramref name="nowUtc"/>, in UTC (daylight saving included).</summary>
    public static DateTime NextMidnightUtc(DateTime nowUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone);
        var midnight = DateTime.SpecifyKind(local.Date.AddDays(1), DateTimeKind.Unspecified);
        // A zone that skips midnight (a few change the clock at 00:00) starts its day at the first valid minute.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(30);
        }
        return TimeZoneInfo.ConvertTimeToUtc(midnight, zone);
    }

    /// <summary>The platform's day (its quota's day) that <paramref name="nowUtc"/> falls in.</summary>
    public static DateOnly QuotaDay(DateTime nowUtc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), zone));
    }
}
