using Clout.Campaigns;
using Clout.Storage.Campaigns;
using Clout.Storage.Ingestion;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Campaigns;

public sealed class DetailModel(CampaignStore store, CampaignActivityQuery activity, CampaignReconciliationQuery reconciliation, Importer importer,
    IAuthorizationService authorization) : PageModel
{
    public CampaignSummary Campaign { get; private set; } = null!;

    public CampaignActivity Activity { get; private set; } = null!;

    /// <summary>Code, link and survey credit side by side per collaboration, with overlaps and leakage flags.</summary>
    public IReadOnlyList<CollaborationReconciliation> Reconciliation { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public IReadOnlyList<ImportError> Errors { get; private set; } = [];

    public string? Saved { get; private set; }

    /// <summary>The public base of tracking links, as this request reached the server.</summary>
    public string TrackingBase => $"{Request.Scheme}://{Request.Host}/r/";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, AddCollaborationRequest collaboration, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            return Forbid();
        }
        var result = await CampaignForm.SaveCollaborationAsync(importer, Campaign.Name, collaboration, cancellationToken);
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
        Activity = await activity.ReadAsync(id, cancellationToken);
        Reconciliation = await reconciliation.LoadAsync(campaign.Name, cancellationToken) ?? [];
        CanEdit = (await authorization.AuthorizeAsync(User, Access.AccessPolicies.Editor)).Succeeded;
        Saved = Request.Query["saved"].FirstOrDefault();
        return true;
    }
}
