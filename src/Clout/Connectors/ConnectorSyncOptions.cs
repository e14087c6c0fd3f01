using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Connectors;

/// <summary>How connections are synced, bound from "Clout:Connectors:Sync" (environment: Clout__Connectors__Sync__Interval …).</summary>
public sealed class ConnectorSyncOptions
{
    public const string Section = CloutConfiguration.Section + ":Connectors:Sync";

    /// <summary>`clout serve` syncs connections on its own; false leaves syncing to `clout sync` (a cron job, a test).</summary>
    public bool Schedule { get; set; } = true;

    /// <summary>
    /// Between two runs of a connection: its follower count (one snapshot a day, the day's last count), its new posts
    /// and their counts, the comments of its recent posts. Four runs a day cost a channel with a few posts a week
    /// well under a hundred of YouTube's 10,000 daily units.
    /// </summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = CloutOptions.Between)]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>The comments of posts published in this many last days are read on every run; older posts' comments stay as stored.</summary>
    [Range(1, 365, ErrorMessage = CloutOptions.Between)]
    public int CommentsWindowDays { get; set; } = 14;

    /// <summary>
    /// Posts published in this many last days have their counts refreshed on every run; the listing of posts stops at
    /// the first page that holds only posts already stored and older than this.
    /// </summary>
    [Range(1, 3_650, ErrorMessage = CloutOptions.Between)]
    public int CountsWindowDays { get; set; } = 30;
}
