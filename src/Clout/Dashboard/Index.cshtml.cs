using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard;

public sealed class IndexModel(TierReportQuery query) : PageModel
{
    public TierReport Report { get; private set; } = null!;

    public IReadOnlyList<MetricDefinition> Columns { get; } = Metrics.All;

    /// <summary>The sentences worth a slide: clear micro-vs-celebrity differences.</summary>
    public IReadOnlyList<string> Headlines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await query.BuildAsync(new ReportFilter(), cancellationToken);
        Headlines = [.. Report.Contrasts
            .Where(c => c.A == Tier.Micro && c.B == Tier.Celebrity && c.Metric == Metrics.EngagementRate.Name)
            .Select(c => c.Verdict)];
    }
}
