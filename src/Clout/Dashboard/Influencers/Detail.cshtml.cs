using Clout.Storage.Authenticity;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Influencers;

public sealed class DetailModel(InfluencerPostsQuery query, AuthenticityQuery authenticity) : PageModel
{
    public InfluencerSummary Influencer { get; private set; } = null!;

    public IReadOnlyList<PostEngagement> Posts { get; private set; } = [];

    /// <summary>The Audience Quality Score with its reasons and the latest follower audit; null for an unknown audience.</summary>
    public InfluencerAuthenticity? Authenticity { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        if (await query.LoadAsync(id, new ReportFilter(), cancellationToken) is not { } found)
        {
            return NotFound();
        }
        (Influencer, var posts) = found;
        Posts = posts;
        Authenticity = await authenticity.ForInfluencerAsync(id, cancellationToken);
        return Page();
    }
}
