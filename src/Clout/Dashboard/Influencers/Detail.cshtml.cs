using Clout.Storage.Authenticity;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Influencers;

public sealed class DetailModel(InfluencerPostsQuery query, AuthenticityQuery authenticity, CachedReads reads) : PageModel
{
    public InfluencerSummary Influencer { get; private set; } = null!;

    public IReadOnlyList<PostEngagement> Posts { get; private set; } = [];

    /// <summary>The Audience Quality Score with its reasons and the latest follower audit; null for an unknown audience.</summary>
    public InfluencerAuthenticity? Authenticity { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var loaded = await reads.GetOrBuildAsync("influencer-page", id, async ct =>
            await query.LoadAsync(id, new ReportFilter(), ct) is { } found
                ? new Loaded(found.Influencer, found.Posts, await authenticity.ForInfluencerAsync(id, ct))
                : null,
            cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }
        (Influencer, Posts, Authenticity) = (loaded.Influencer, loaded.Posts, loaded.Authenticity);
        return Page();
    }

    private sealed record Loaded(InfluencerSummary Influencer, IReadOnlyList<PostEngagement> Posts, InfluencerAuthenticity? Authenticity);
}
