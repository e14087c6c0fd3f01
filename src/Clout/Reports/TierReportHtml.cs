using System.Text.Encodings.Web;
using System.Text.Unicode;
using Clout.Core.Reports;
using Clout.Presentation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Clout.Reports;

/// <summary>
/// Renders the shareable tier report (<see cref="TierReportDocument"/>) to one self-contained HTML document: the
/// one renderer behind `clout report tiers --format html|pdf`, the API's html/pdf formats and the dashboard download.
/// </summary>
public sealed class TierReportHtml(IServiceProvider services, ILoggerFactory loggers, TimeProvider clock)
{
    public async Task<string> RenderAsync(TierReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        cancellationToken.ThrowIfCancellationRequested();
        // The same charts as the overview page, one per headline metric that has data.
        List<ReportChart> charts = [.. TierReportHeadlines.Charted(report).Select(m => new ReportChart(m, Charts.TierMetric(report, m)))];
        if (report.Loyalty is { Tiers.Count: > 0 } loyalty)
        {
            charts.Add(new ReportChart(Metrics.RepeatRate, Charts.Retention(loyalty),
                $"Pooled over each tier's first-time customers whose {loyalty.WindowDays} days have passed ({loyalty.TooRecent:N0} newer customers not counted yet)."));
        }
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(TierReportDocument.Report)] = report,
            [nameof(TierReportDocument.GeneratedAtUtc)] = clock.GetUtcNow().UtcDateTime,
            [nameof(TierReportDocument.Charts)] = charts,
        });
        await using var renderer = new HtmlRenderer(new FixedEncoding(services), loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TierReportDocument>(parameters)).ToHtmlString());
    }

    /// <summary>
    /// HtmlRenderer escapes with the container's HtmlEncoder, which the web server configures and the CLI does not: the
    /// report always gets one that writes "·", "–" and "×" as themselves (markup is still escaped), whichever host renders it.
    /// </summary>
    private sealed class FixedEncoding(IServiceProvider inner) : IServiceProvider
    {
        private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

        public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : inner.GetService(serviceType);
    }
}
