namespace Clout.Reports;

/// <summary>Settings of the shareable report, bound from the "Reports" configuration section (e.g. Reports__ChromiumPath).</summary>
public sealed class ReportOptions
{
    public const string Section = "Reports";

    /// <summary>The Chromium (or Chrome) executable that prints the PDF; empty: the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>
    /// How long one PDF may take before Chromium is stopped. Printing the demo's report takes a couple of seconds;
    /// the margin covers a cold start on a busy machine.
    /// </summary>
    public TimeSpan PdfTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
