using System.Globalization;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Tracking;

/// <summary>
/// On PostgreSQL, clicks are partitioned by UTC month (migration MonthlyPartitions): this makes the partitions of the
/// current month and the next ones before their clicks arrive. A click outside every partition lands in the DEFAULT
/// partition, so no insert ever waits for this; should the default already hold clicks of a month being made, they
/// move into the new partition. On SQLite there is nothing to do.
/// </summary>
public sealed class ClickPartitions(CloutDbContext db)
{
    /// <summary>Months made ahead of the current one: a stopped job has this long before clicks fill the default partition.</summary>
    public const int MonthsAhead = 3;

    /// <summary>The name of a month's partition; retention recognises the partitions it may drop by it.</summary>
    internal static string NameOf(DateOnly month) => "clicks_p" + month.ToString("yyyyMM", CultureInfo.InvariantCulture);

    /// <summary>A UTC month's first instant as a PostgreSQL literal (partition bounds take no parameters).</summary>
    internal static string Literal(DateOnly month) => month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00+00";

    /// <summary>Makes the partitions from the month of <paramref name="nowUtc"/> to <see cref="MonthsAhead"/> months later; returns how many were made.</summary>
    public async Task<int> EnsureAsync(DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return 0;
        }
        var first = new DateOnly(nowUtc.Year, nowUtc.Month, 1);
        var made = 0;
        for (var i = 0; i <= MonthsAhead; i++)
        {
            if (await MakeAsync(first.AddMonths(i), cancellationToken))
            {
                made++;
            }
        }
        return made;
    }

    private async Task<bool> MakeAsync(DateOnly month, CancellationToken cancellationToken)
    {
        var name = NameOf(month);
        if (await ExistsAsync(name, cancellationToken))
        {
            return false;
        }
        var (from, to) = (Literal(month), Literal(month.AddMonths(1)));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Holds inserts back (they take ROW EXCLUSIVE) while clicks of the month move out of the default partition, which
        // must hold none of them when the new partition is attached; another node making the same partition waits here.
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE clicks IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
        if (await ExistsAsync(name, cancellationToken))
        {
            return false;
        }
#pragma warning disable EF1002 // The name and bounds are made here from a date, not from input.
        await db.Database.ExecuteSqlRawAsync($"""
            CREATE TABLE {name} (LIKE clicks INCLUDING DEFAULTS);
            WITH moved AS (DELETE FROM clicks_default WHERE occurred_at_utc >= '{from}' AND occurred_at_utc < '{to}' RETURNING *)
            INSERT INTO {name} SELECT * FROM moved;
            ALTER TABLE clicks ATTACH PARTITION {name} FOR VALUES FROM ('{from}') TO ('{to}');
            """, cancellationToken);
#pragma warning restore EF1002
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"SELECT to_regclass({name}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken);
}
