using Clout.Campaigns;
using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Campaigns;

public sealed class DetailModel(CampaignStore store, CampaignActivityQuery activity, CampaignReconciliationQuery reconciliation,
    CollaborationChanges changes, IAuthorizationService authorization, CachedReads reads, UgcQuery ugc) : PageModel
{
    public CampaignSummary Campaign { get; private set; } = null!;

    public CampaignActivity Activity { get; private set; } = null!;

    /// <summary>Code, link and survey credit side by side per collaboration, with overlaps and leakage flags.</summary>
    public IReadOnlyList<CollaborationReconciliation> Reconciliation { get; private set; } = [];

    /// <summary>Posts by others credited to the campaign, with the most engaging ones.</summary>
    public CampaignUgc Ugc { get; private set; } = new(0, 0, []);

    public bool CanEdit { get; private set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public string? Saved { get; private set; }

    /// <summary>The collaboration the form is filled in with (?edit=id), or null for a new one.</summary>
    public CollaborationActivity? Editing { get; private set; }

    /// <summary>The public base of tracking links, as this request reached the server.</summary>
    public string TrackingBase => $"{Request.Scheme}://{Request.Host}/r/";

    public async Task<IActionResult> OnGetAsync(long id, long? edit, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Editing = Activity.Collaborations.FirstOrDefault(c => c.CollaborationId == edit);
        return Page();
    }

    /// <summary>
    /// A blank field keeps what is stored (a form cannot tell "unchanged" from "removed" otherwise); a code, a link or a
    /// destination goes only with its "remove" box ticked (<paramref name="remove"/>: the fields' names).
    /// </summary>
    public async Task<IActionResult> OnPostAsync(long id, AddCollaborationRequest collaboration, string[]? remove, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        var cleared = (remove ?? []).Where(CollaborationChanges.Optional.Contains).ToHashSet(StringComparer.Ordinal);
        var result = await changes.SaveAsync(Campaign.Name, collaboration, cleared, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.Errors;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        // Post/redirect/get, so a reload does not send the form again.
        return Redirect($"/campaigns/{id}?saved={Uri.EscapeDataString(collaboration.InfluencerHandle ?? "")}");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } campaign)
        {
            return false;
        }
        Campaign = campaign;
        (Activity, Reconciliation, Ugc) = await reads.GetOrBuildAsync("campaign-page", (id, campaign.Name), async ct =>
            (await activity.ReadAsync(id, ct), await reconciliation.LoadAsync(campaign.Name, ct) ?? [], await ugc.CampaignAsync(id, ct)), cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Access.AccessPolicies.Editor)).Succeeded;
        Saved = Request.Query["saved"].FirstOrDefault();
        return true;
    }
}
