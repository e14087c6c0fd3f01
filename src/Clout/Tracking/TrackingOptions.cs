using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Tracking;

/// <summary>
/// Settings of the public redirect, bound from the "Clout:Tracking" configuration section (environment variables
/// Clout__Tracking__PermitsPerMinute…; the former "Tracking" section is still read).
/// </summary>
public sealed class TrackingOptions
{
    public const string Section = CloutConfiguration.Section + ":Tracking";

    /// <summary>The section's name before it moved under Clout (Tracking__FlushToDisk in existing environments).</summary>
    public const string FormerSection = "Tracking";

    /// <summary>
    /// Redirects one client address may ask for per minute. Generous: people behind one carrier NAT share an address,
    /// and a link posted to a big audience is clicked in bursts. Only scripted floods reach it.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = CloutOptions.Between)]
    public int PermitsPerMinute { get; set; } = 1_200;

    /// <summary>Requests from the machine itself are not limited (health probes, load tests); a visitor relayed by a local proxy is.</summary>
    public bool ExemptLoopback { get; set; } = true;

    /// <summary>How long a link code's collaboration is remembered: a changed destination is live after at most this long.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = CloutOptions.Between)]
    public TimeSpan LinkCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Clicks waiting for their commit; when full, new requests wait (back pressure) instead of piling up.</summary>
    [Range(1, 1_000_000, ErrorMessage = CloutOptions.Between)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Most clicks committed in one transaction.</summary>
    [Range(1, 100_000, ErrorMessage = CloutOptions.Between)]
    public int MaxBatch { get; set; } = 1_000;

    /// <summary>
    /// SQLite only (PostgreSQL follows its own synchronous_commit). false (default): a click is answered once its group
    /// commit is in the write-ahead log in the operating system — it survives the process being killed (the durability
    /// the tracking link promises, proven by bench/redirect/kill-test.sh), as SQLite recommends for WAL mode, but the
    /// last moment of clicks may be lost in a power cut. true: a click is answered only after its commit was also
    /// flushed to disk (one fsync per group, pipelined; see SqliteClickLog), which survives a power cut and costs about
    /// a quarter of the redirect's throughput (bench/README.md).
    /// </summary>
    public bool FlushToDisk { get; set; }
}
