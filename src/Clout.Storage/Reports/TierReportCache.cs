using Clout.Core.Reports;
using Clout.Storage.Reads;

namespace Clout.Storage.Reports;

/// <summary>
/// The tier report of a workspace and filter, built once while the data stay the same (<see cref="CachedReads"/>).
/// Pages, the API and the downloads ask here; the command line builds afresh. The report is built from the same cached
/// rows the leaderboard reads, so after a write the overview and the leaderboard share one read of the data.
/// </summary>
public sealed class TierReportCache(TierReportQuery query, CachedReads reads)
{
    public Task<TierReport> BuildAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return reads.GetOrBuildAsync("tier-report", filter,
            async ct => TierReportQuery.Build(await InfluencersAsync(filter, ct), filter), cancellationToken);
    }

    /// <summary>Every influencer's row of the report (<see cref="TierReportQuery.InfluencersAsync"/>), for the leaderboard.</summary>
    public Task<ReportUnits> InfluencersAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return reads.GetOrBuildAsync("report-units", filter, ct => query.InfluencersAsync(filter, ct), cancellationToken);
    }
}
