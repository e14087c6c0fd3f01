using Clout.Storage.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Influencers;

public sealed class DetailModel(TierReportQuery query) : PageModel
{
    public InfluencerSummary Influencer { get; private set; } = null!;

    public IReadOnlyList<PostEngagement> Posts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await query.InfluencerAsync(id, new ReportFilter(), cancellationToken) is not { } found)
        {
            return NotFound();
        }
        (Influencer, var posts) = found;
        Posts = posts;
        return Page();
    }
}
