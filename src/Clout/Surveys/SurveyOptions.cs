using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Surveys;

/// <summary>
/// Settings of the public survey endpoints, bound from the "Clout:Surveys" section (environment variables
/// Clout__Surveys__PermitsPerMinute…; the former "Surveys" section is still read).
/// </summary>
public sealed class SurveyOptions
{
    public const string Section = CloutConfiguration.Section + ":Surveys";

    /// <summary>The section's name before it moved under Clout (Surveys__PermitsPerMinute in existing environments).</summary>
    public const string FormerSection = "Surveys";

    /// <summary>
    /// Requests (definition loads and responses) one client address may make per minute. A person answers one survey
    /// in minutes; a shop's visitors behind one carrier NAT share an address, so the limit only stops scripted floods.
    /// </summary>
    [Range(1, 1_000_000, ErrorMessage = CloutOptions.Between)]
    public int PermitsPerMinute { get; set; } = 120;

    /// <summary>Requests from the machine itself are not limited (load tests); a visitor relayed by a local proxy is.</summary>
    public bool ExemptLoopback { get; set; } = true;

    public const int DefaultOrderProofWindowHours = 48;

    /// <summary>
    /// How long after an answer with a valid order token its order may still reach Clout and be credited by it (an order
    /// already stored is credited at once). The thank-you page usually beats the order by seconds; two days cover
    /// Shopify's retries of a webhook Clout could not take (it retries for two days, then drops the delivery) and a
    /// shop that sends its orders once a day, while an answer for an order that never came stops waiting. Raise it for
    /// order files imported weekly; at most 30 days.
    /// </summary>
    [Range(1, 720, ErrorMessage = CloutOptions.Between)]
    public int OrderProofWindowHours { get; set; } = DefaultOrderProofWindowHours;

    /// <summary>Responses waiting for their commit; when full, new requests wait (back pressure) instead of piling up.</summary>
    [Range(1, 1_000_000, ErrorMessage = CloutOptions.Between)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Most responses committed in one transaction.</summary>
    [Range(1, 100_000, ErrorMessage = CloutOptions.Between)]
    public int MaxBatch { get; set; } = 1_000;
}
