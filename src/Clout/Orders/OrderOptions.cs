using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Orders;

/// <summary>
/// Settings of the order intake's group commit (the API's and the webhooks' orders), bound from the "Clout:Orders"
/// configuration section (environment variables Clout__Orders__QueueCapacity…).
/// </summary>
public sealed class OrderOptions
{
    public const string Section = CloutConfiguration.Section + ":Orders";

    /// <summary>Orders waiting for their commit; when full, new requests wait (back pressure) instead of piling up.</summary>
    [Range(1, 1_000_000, ErrorMessage = CloutOptions.Between)]
    public int QueueCapacity { get; set; } = 5_000;

    /// <summary>Most orders committed in one transaction; the default is one lookup query per batch for each kind of signal.</summary>
    [Range(1, 10_000, ErrorMessage = CloutOptions.Between)]
    public int MaxBatch { get; set; } = 500;
}
