using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Tracking;

/// <summary>How long raw data is kept, bound from the "Clout:Retention" section (Clout__Retention__ClickMonths…).</summary>
public sealed class RetentionOptions
{
    public const string Section = CloutConfiguration.Section + ":Retention";

    /// <summary>
    /// Whole months of raw clicks kept before the current month; older ones are dropped once a day after their days are
    /// rolled up, which the reports read instead (same figures). 0 (default) keeps every click for ever.
    /// </summary>
    [Range(0, 1_200, ErrorMessage = CloutOptions.Between)]
    public int ClickMonths { get; set; }
}
