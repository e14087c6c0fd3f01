namespace Clout.Storage.Reports;

/// <summary>"Now" for cohorts and post windows.</summary>
internal static class ReportClock
{
    /// <summary>The start of today (UTC), so the same data give the same report all day long.</summary>
    public static DateTime Today(TimeProvider clock) => DateTime.SpecifyKind(clock.GetUtcNow().UtcDateTime.Date, DateTimeKind.Utc);
}
