using Clout.Campaigns;
using Clout.Dashboard.Shared;
using Clout.Reports;
using Clout.Storage.Campaigns;
using Clout.Storage.Model;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Campaigns;

public sealed class IndexModel(CampaignStore store, CampaignEconomicsQuery economics, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    /// <summary>The period and campaign of the list, from the URL: campaigns whose dates, where known, overlap the period.</summary>
    public ReportFilterForm Filter { get; private set; } = null!;

    public IReadOnlyList<CampaignSummary> Campaigns { get; private set; } = [];

    /// <summary>Cost and return per campaign id, as the API gives them: major units of <see cref="Currency"/>, ROI with the margin.</summary>
    public IReadOnlyDictionary<long, CampaignEconomicsResponse> Economics { get; private set; } = new Dictionary<long, CampaignEconomicsResponse>();

    public string? Currency { get; private set; }

    /// <summary>The workspace's gross margin; ROI is shown only with it.</summary>
    public double? GrossMargin { get; private set; }

    public bool CanEdit { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? name, string? goal, DateTime? startsAt, DateTime? endsAt, decimal? budget, string? hashtag,
        CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!CanEdit)
        {
            return Forbid();
        }
        var (draft, problem) = CampaignForm.Draft(name, goal, startsAt, endsAt, budget, hashtag);
        if (draft is null)
        {
            Problem = problem;
            return Page();
        }
        try
        {
            var created = await store.CreateAsync(draft, cancellationToken);
            return Redirect($"/campaigns/{created.Id}");
        }
        catch (StorageValidationException e)
        {
            Problem = e.Message;
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken);
        Filter = ReportFilterForm.Read(Request.Query, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), "/campaigns", [.. all.Select(c => c.Name)]);
        // The rule the reports apply to collaborations: a campaign without dates may overlap any period.
        Campaigns = [.. all.Where(c => (Filter.Campaign is null || c.Name == Filter.Campaign)
            && (Filter.FromUtc is not { } from || c.EndsAtUtc is not { } ends || ends > from)
            && (Filter.ToUtc is not { } to || c.StartsAtUtc is not { } starts || starts < to))];
        var (rows, currency, margin) = await economics.LoadAsync(cancellationToken);
        Economics = rows.ToDictionary(r => r.CampaignId, r => CampaignEconomicsResponse.Of(r, margin));
        (Currency, GrossMargin) = (currency, margin);
        CanEdit = (await authorization.AuthorizeAsync(User, Access.AccessPolicies.Editor)).Succeeded;
    }
}
