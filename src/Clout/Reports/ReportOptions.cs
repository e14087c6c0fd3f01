using System.ComponentModel.DataAnnotations;
using Clout.Hosting;

namespace Clout.Reports;

/// <summary>
/// Settings of the shareable report, bound from the "Clout:Reports" configuration section (environment variables
/// Clout__Reports__ChromiumPath…; the former "Reports" section is still read).
/// </summary>
public sealed class ReportOptions
{
    public const string Section = CloutConfiguration.Section + ":Reports";

    /// <summary>The section's name before it moved under Clout (Reports__ChromiumPath in existing environments).</summary>
    public const string FormerSection = "Reports";

    /// <summary>The Chromium (or Chrome) executable that prints the PDF; empty: the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>
    /// How long one PDF may take before Chromium is stopped. Printing the demo's report takes a couple of seconds;
    /// the margin covers a cold start on a busy machine.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = CloutOptions.Between)]
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
