using Clout.Core.Reports;
using Clout.Storage.Model;
using Clout.Storage.Reads;

namespace Clout.Storage.Reports;

/// <summary>
/// The tier report of a workspace and filter, built once while the data stay the same. The key holds the database's
/// <see cref="IDataVersion"/>, read on every request, so any write — here, on another server sharing the database, or
/// from the command line — makes the next request build the report again; and today's date, which the loyalty
/// windows count from. Pages, the API and the downloads ask here; the command line builds afresh.
/// </summary>
public sealed class TierReportCache(TierReportQuery query, IDataVersion version, TierReportMemory memory, WorkspaceScope scope, TimeProvider clock)
{
    public async Task<TierReport> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        // Read before the report: a write committed after this reading changes the next one, so a report that
        // already saw it is at worst built once more, never served after a write it missed.
        if (await version.ReadAsync(cancellationToken) is not { } stamp)
        {
            return await query.BuildAsync(filter, cancellationToken);
        }
        var key = new Key(scope.WorkspaceId, filter, ReportClock.Today(clock), stamp);
        if (memory.TryGet(key, out var found) && found is TierReport cached)
        {
            return cached;
        }
        var report = await query.BuildAsync(filter, cancellationToken);
        memory.Set(key, report);
        return report;
    }

    private sealed record Key(long WorkspaceId, ReportFilter Filter, DateTime TodayUtc, string Version);
}
