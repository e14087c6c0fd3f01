using Clout.Storage.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Surveys;

public sealed class IndexModel(SurveyStore store, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<SurveySummary> Surveys { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Surveys = await store.ListAsync(cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Access.AccessPolicies.Editor)).Succeeded;
    }
}
