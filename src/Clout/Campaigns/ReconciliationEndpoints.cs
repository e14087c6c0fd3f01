using Clout.Storage.Campaigns;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Campaigns;

public static class ReconciliationEndpoints
{
    public static RouteGroupBuilder MapReconciliationEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/{name}/reconciliation", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Per collaboration: orders with a code, click or survey signal, their overlaps, which source won, and promo-code leakage flags");
        return api;
    }

    private static async Task<Results<Ok<ReconciliationResponse>, ProblemHttpResult>> GetAsync(
        string name, CampaignReconciliationQuery query, CancellationToken cancellationToken)
    {
        var rows = await query.LoadAsync(name, cancellationToken);
        if (rows is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown campaign",
                detail: $"There is no campaign named '{name}' in this workspace.");
        }
        return TypedResults.Ok(new ReconciliationResponse(name, [.. rows.Select(CollaborationReconciliationResponse.Of)]));
    }
}
