using System.Text;
using Clout.Core.Reports;
using Clout.Presentation;

namespace Clout.Reports;

/// <summary>
/// The shareable tier report as a file, HTML or PDF (the HTML printed by Chromium): the one way the CLI, the API and the
/// dashboard's download buttons make it.
/// </summary>
public sealed class TierReportExport(TierReportHtml html, ChromiumPdf pdf, ReportFileMemory files)
{
    /// <summary>The formats a report file comes in, as the CLI and the API spell them.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["html", "pdf"];

    public static bool IsFileFormat(string? format) => format is not null && Formats.Contains(format, StringComparer.OrdinalIgnoreCase);

    public async Task<ReportFile> ExportAsync(TierReport report, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!IsFileFormat(format))
        {
            throw new ArgumentException($"Unknown report format '{format}': use {string.Join(" or ", Formats)}.", nameof(format));
        }
        // Made once per report for everyone who asks (bounded by the PDF time-out), so one request that gives up
        // does not fail the others waiting for the same file.
        return await files.GetOrMakeAsync(report, format, () => MakeAsync(report, format, CancellationToken.None)).WaitAsync(cancellationToken);
    }

    private async Task<ReportFile> MakeAsync(TierReport report, string format, CancellationToken cancellationToken)
    {
        var document = await html.RenderAsync(report, cancellationToken);
        var name = FileName(report);
        return format.Equals("pdf", StringComparison.OrdinalIgnoreCase)
            ? new ReportFile(await pdf.PrintAsync(document, cancellationToken), "application/pdf", name + ".pdf")
            : new ReportFile(Encoding.UTF8.GetBytes(document), "text/html; charset=utf-8", name + ".html");
    }

    /// <summary>"tier-report-demo-2026-03-01-2026-03-31": the workspace and period, in characters every file system takes.</summary>
    public static string FileName(TierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var parts = new List<string> { "tier-report", report.Workspace };
        if (report.Campaign is { } campaign && Slug(campaign) is { Length: > 0 } slug)
        {
            parts.Add(slug);
        }
        if (report.FromUtc is { } from)
        {
            parts.Add(Format.Date(from));
        }
        if (report.ToUtc is { } to)
        {
            parts.Add(Format.Date(to.AddDays(-1))); // the last day inside [from, to)
        }
        var name = string.Join('-', parts);
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
    }

    /// <summary>"Summer Trail 2026" → "summer-trail-2026": letters and digits kept, runs of anything else one dash.</summary>
    private static string Slug(string text)
    {
        var slug = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        return slug.ToString().Trim('-');
    }
}
