using Clout.Core.Roster;
using Clout.Storage.Authenticity;
using Clout.Storage.Reads;
using Clout.Storage.Roster;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Influencers;

public sealed class IndexModel(RosterQuery query, AuthenticityQuery authenticity, CachedReads reads) : PageModel
{
    public Tier? Tier { get; private set; }

    public IReadOnlyList<InfluencerSummary> Rows { get; private set; } = [];

    /// <summary>Audience Quality Score and latest audit by influencer id.</summary>
    public IReadOnlyDictionary<long, InfluencerAuthenticity> Quality { get; private set; } = new Dictionary<long, InfluencerAuthenticity>();

    public async Task OnGetAsync(string? tier, CancellationToken cancellationToken)
    {
        Tier = TierNames.TryParse(tier, out var parsed) ? parsed : null;
        // Peers are the whole tier, so the scores are computed over every row, not only the filtered ones.
        var (all, quality) = await reads.GetOrBuildAsync("influencers-page", null, async ct =>
        {
            var all = await query.InfluencersAsync(new ReportFilter(), ct);
            return (all, await authenticity.AllAsync(all, ct));
        }, cancellationToken);
        Rows = [.. all.Where(r => Tier is null || r.Tier == Tier).OrderByDescending(r => r.Engagement.EngagementRate ?? -1)];
        Quality = quality;
    }
}
