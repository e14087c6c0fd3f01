using System.Globalization;
using System.Text.RegularExpressions;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Tracking;

/// <summary>
/// Drops raw clicks older than a cut-off, for every workspace, after rolling each day of them up into
/// <see cref="ClickDay"/> in the same transaction: the reports then read those days from the rollup, and give the same
/// clicks and visitors as before. Visitor-days (<see cref="VisitorDay"/>) are a rollup already and stay. On PostgreSQL
/// whole monthly partitions are dropped (no row-by-row delete, no bloat), and the DEFAULT partition's old rows deleted;
/// on SQLite the old rows are deleted one collaboration at a time, so no transaction holds the file for long. The
/// caller runs it on one node at a time; should two runs still meet, the later one finds its partition or rows gone
/// and rolls back, so no day is rolled up twice.
/// </summary>
public sealed partial class ClickRetention(CloutDbContext db)
{
    /// <summary>The first instant kept when keeping <paramref name="months"/> whole months before the month of <paramref name="nowUtc"/>.</summary>
    public static DateTime CutoffUtc(DateTime nowUtc, int months)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        return new DateTime(nowUtc.Year, nowUtc.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(-months);
    }

    /// <summary>Rolls up and drops every click before <paramref name="cutoffUtc"/> (the first of a month); returns the months or collaborations done.</summary>
    public Task<int> DropBeforeAsync(DateTime cutoffUtc, CancellationToken cancellationToken)
    {
        var cutoff = DateTime.SpecifyKind(cutoffUtc, DateTimeKind.Utc);
        return db.Database.IsNpgsql() ? DropPartitionsAsync(cutoff, cancellationToken) : DeleteRowsAsync(cutoff, cancellationToken);
    }

    private async Task<int> DropPartitionsAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var names = await db.Database.SqlQuery<string>($"""
            SELECT c.relname AS "Value" FROM pg_inherits AS i JOIN pg_class AS c ON c.oid = i.inhrelid
            WHERE i.inhparent = 'clicks'::regclass
            """).ToListAsync(cancellationToken);
        var dropped = 0;
        foreach (var name in names)
        {
            // Only the partitions ClickPartitions and the migration name; one ending after the cut-off stays whole.
            if (PartitionName().Match(name) is not { Success: true } match
                || new DateOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), 1)
                    .AddMonths(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) > cutoff)
            {
                continue;
            }
#pragma warning disable EF1002 // The name matched the partition pattern above.
            await db.Database.ExecuteSqlRawAsync($"{RollUp($"SELECT * FROM {name}")} DROP TABLE {name};", cancellationToken);
#pragma warning restore EF1002
            dropped++;
        }
        // Clicks of months without a partition of their own (an import of an old year) wait in the default partition.
        await db.Database.ExecuteSqlRawAsync(RollUp("DELETE FROM clicks_default WHERE occurred_at_utc < {0} RETURNING *"), [cutoff], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return dropped;
    }

    /// <summary>The upsert of the days of <paramref name="rows"/> (a query of click rows) into click_days.</summary>
    private static string RollUp(string rows) => $"""
        WITH gone AS ({rows})
        INSERT INTO click_days (workspace_id, collaboration_id, day, kind, clicks, visitors)
        SELECT workspace_id, collaboration_id, (occurred_at_utc AT TIME ZONE 'UTC')::date, kind, count(*), count(DISTINCT visitor_id)
        FROM gone GROUP BY 1, 2, 3, 4
        ON CONFLICT (workspace_id, collaboration_id, day, kind)
        DO UPDATE SET clicks = click_days.clicks + excluded.clicks, visitors = click_days.visitors + excluded.visitors;
        """;

    private async Task<int> DeleteRowsAsync(DateTime cutoff, CancellationToken cancellationToken)
    {
        var collaborations = await db.Collaborations.IgnoreQueryFilters().Select(c => c.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var collaboration in collaborations)
        {
            // The reports' index leads with the collaboration and its time, so each batch reads only the rows it drops.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rolled = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO click_days (workspace_id, collaboration_id, day, kind, clicks, visitors)
                SELECT workspace_id, collaboration_id, date(occurred_at_utc), kind, count(*), count(DISTINCT visitor_id)
                FROM clicks WHERE collaboration_id = {collaboration} AND occurred_at_utc < {cutoff}
                GROUP BY workspace_id, collaboration_id, date(occurred_at_utc), kind
                ON CONFLICT (workspace_id, collaboration_id, day, kind)
                DO UPDATE SET clicks = click_days.clicks + excluded.clicks, visitors = click_days.visitors + excluded.visitors
                """, cancellationToken);
            if (rolled > 0)
            {
                await db.Database.ExecuteSqlAsync($"DELETE FROM clicks WHERE collaboration_id = {collaboration} AND occurred_at_utc < {cutoff}", cancellationToken);
                done++;
            }
            await transaction.CommitAsync(cancellationToken);
        }
        return done;
    }

    [GeneratedRegex("^clicks_p([0-9]{4})([0-9]{2})$")]
    private static partial Regex PartitionName();
}
