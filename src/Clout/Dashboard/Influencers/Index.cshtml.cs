using Clout.Core.Roster;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Influencers;

public sealed class IndexModel(TierReportQuery query) : PageModel
{
    public Tier? Tier { get; private set; }

    public IReadOnlyList<InfluencerSummary> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? tier, CancellationToken cancellationToken)
    {
        Tier = TierNames.TryParse(tier, out var parsed) ? parsed : null;
        var all = await query.InfluencersAsync(new ReportFilter(), cancellationToken);
        Rows = [.. all.Where(r => Tier is null || r.Tier == Tier).OrderByDescending(r => r.Engagement.EngagementRate ?? -1)];
    }
}
