using System.Text.Json;
using Clout.Access;
using Clout.Core.Access;
using Clout.Hosting;
using Clout.Presentation;
using Clout.Storage.Model;
using Clout.Storage.Planning;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Planning;

public static class PlanEndpoints
{
    /// <summary>4 KiB: a budget, a goal, three weights and two rules; anything near this is not a plan request.</summary>
    public const int MaxBodyBytes = 4 * 1024;

    public static RouteGroupBuilder MapPlanEndpoints(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Planning");
        plans.MapPost("/", CreateAsync)
            .RequireScope(KeyScope.Read)
            .Accepts<CreatePlanRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The budget planner: the best mix of one post per influencer for a budget and a goal (profit, reach, engagement, conversions or a weighted blend), with expected outcomes, profit and ROI and 95 % intervals, beside 'all micro' and 'one celebrity'; nothing is stored");
        return api;
    }

    private static async Task<Results<Ok<PlanComparisonResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, PlanCandidatesQuery query, WorkspaceScope scope, CancellationToken cancellationToken)
    {
        if (await LimitedBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxBodyBytes);
        }
        CreatePlanRequest? document;
        try
        {
            document = JsonSerializer.Deserialize<CreatePlanRequest>(body, CloutJson.Options);
        }
        catch (JsonException e)
        {
            // "$.weights.per_order" names the field whose value has the wrong type; "$" is the body itself.
            var field = e.Path is { Length: > 2 } path ? path[2..] : "body";
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"Not the JSON expected here: {e.Message.Split(" Path:")[0].Trim()}"] },
                title: "No plan was made", detail: $"Send {{\"budget\": 20000, \"goal\": \"conversions\"}}; {field} could not be read.");
        }
        if (document is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The body must be a JSON object such as {\"budget\": 20000, \"goal\": \"conversions\"}."] },
                title: "No plan was made");
        }
        var (plan, errors) = PlanForm.Read(document.Budget, document.Goal, document.Weights?.PerThousandReach, document.Weights?.PerEngagement,
            document.Weights?.PerOrder, document.MinRoas, document.SpendAll ?? false);
        WorkspacePlan? result = null;
        if (plan is not null)
        {
            (result, errors) = await PlanForm.PlanAsync(query, plan, cancellationToken);
        }
        if (plan is null || result is null)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => new[] { e.Value }, StringComparer.Ordinal))
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "No plan was made",
                Detail = $"Fix {string.Join(", ", errors.Keys)} and ask again.",
            });
        }
        return TypedResults.Ok(PlanComparisonResponse.Of(scope.WorkspaceName ?? "", plan, result));
    }
}
