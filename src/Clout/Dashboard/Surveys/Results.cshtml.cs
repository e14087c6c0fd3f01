using System.Globalization;
using Clout.Core.Roster;
using Clout.Core.Surveys;
using Clout.Storage.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Surveys;

/// <summary>
/// A survey's results, optionally for one influencer or one tier. surveys.js keeps it live: the results feed says
/// when a response arrives and the page swaps in a fresh copy of <c>#survey-results</c>.
/// </summary>
public sealed class ResultsModel(SurveyStore store, SurveyResultsQuery query) : PageModel
{
    public SurveyDetail Survey { get; private set; } = null!;

    public SurveyResults Results { get; private set; } = null!;

    public string? Influencer { get; private set; }

    public string? Tier { get; private set; }

    public string? Problem { get; private set; }

    public bool Filtered => Influencer is not null || Tier is not null;

    /// <summary>The latest response id: what the live feed compares against, and what makes chart URLs change.</summary>
    public long Version { get; private set; }

    /// <summary>The filters and the version for chart URLs, so a new response loads a new chart.</summary>
    public string ChartQuery => QueryString.Create(new Dictionary<string, string?>
    {
        ["influencer"] = Influencer,
        ["tier"] = Tier,
        ["v"] = Version.ToString(CultureInfo.InvariantCulture),
    }.Where(p => p.Value is not null)).ToUriComponent();

    public async Task<IActionResult> OnGetAsync(long id, string? influencer, string? tier, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } survey)
        {
            return NotFound();
        }
        Survey = survey;
        Influencer = SurveyForm.Blank(influencer)?.TrimStart('@');
        Tier = SurveyForm.Blank(tier)?.ToLowerInvariant();
        Tier? parsedTier = TierNames.TryParse(Tier, out var known) ? known : null;
        if (Tier is not null && parsedTier is null)
        {
            Problem = $"Unknown tier '{Tier}'; showing all tiers.";
            Tier = null;
        }
        // The id first: a response arriving in between makes the next live event refresh again, never one too few.
        Version = await store.LatestResponseIdAsync(id, cancellationToken);
        Results = await query.GetAsync(id, Influencer, parsedTier, cancellationToken) ?? throw new InvalidOperationException($"Survey {id} has no versions.");
        return Page();
    }
}
