using System.Text.Json.Serialization;
using Clout.Core.Campaigns;
using Clout.Core.Planning;
using Clout.Core.Roster;
using Clout.Presentation;
using Clout.Storage.Planning;

namespace Clout.Planning;

/// <summary>The body of <c>POST /api/v1/plans</c>: budget in major units of the workspace currency, goal, and a blend's weights.</summary>
public sealed record CreatePlanRequest(decimal? Budget, string? Goal, PlanWeights? Weights);

/// <summary>What each outcome is worth to the marketer, for the goal 'blend': per thousand reached, per engagement, per order.</summary>
public sealed record PlanWeights(double? PerThousandReach, double? PerEngagement, double? PerOrder);

/// <summary>
/// A plan as the API and <c>clout plan --format json</c> give it: money in major units of <see cref="Currency"/>,
/// expected totals with their 95 % simulated intervals, the verdict lines and every influencer left out with why.
/// </summary>
public sealed record PlanComparisonResponse(
    string Workspace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency,
    decimal Budget,
    string Goal,
    PlanWeights Weights,
    PlanResponse Best,
    PlanResponse? AllMicro,
    PlanResponse? OneCelebrity,
    IReadOnlyList<string> Verdicts,
    IReadOnlyList<string> Excluded)
{
    public static PlanComparisonResponse Of(string workspace, PlanRequest request, WorkspacePlan plan)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plan);
        var c = plan.Comparison;
        return new(workspace, plan.Currency, Money.ToMajor(plan.BudgetMinor), request.GoalName,
            new PlanWeights(request.Goal.PerThousandReach, request.Goal.PerEngagement, request.Goal.PerOrder),
            PlanResponse.Of(c.Best), c.AllMicro is { } m ? PlanResponse.Of(m) : null, c.OneCelebrity is { } o ? PlanResponse.Of(o) : null,
            PlanVerdicts.Lines(plan, request.GoalName), c.Excluded);
    }
}

/// <summary>One plan: its posts, cost, worth under the goal, and expected reach, engagements and orders with intervals (n = posts).</summary>
public sealed record PlanResponse(
    string Name,
    int Posts,
    decimal Cost,
    double Value,
    EstimateResponse Reach,
    EstimateResponse Engagements,
    EstimateResponse Orders,
    IReadOnlyList<PlanPickResponse> Picks)
{
    public static PlanResponse Of(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new(plan.Name, plan.Picks.Count, Money.ToMajor(plan.CostMinor), plan.Value,
            EstimateResponse.Of(plan.Outcome.Reach), EstimateResponse.Of(plan.Outcome.Engagements), EstimateResponse.Of(plan.Outcome.Orders),
            [.. plan.Picks.Select(p => new PlanPickResponse(p.InfluencerId, p.Candidate.Handle, p.Tier.ToName(), p.Candidate.Followers,
                Money.ToMajor(p.CostMinor), p.Candidate.History.Count, p.ExpectedReach, p.ExpectedEngagements, p.ExpectedOrders))]);
    }
}

/// <summary>One booked post: who, what it costs, how many past posts its forecast rests on, and what it is expected to bring.</summary>
public sealed record PlanPickResponse(
    long Id,
    string Handle,
    string Tier,
    long Followers,
    decimal Cost,
    int PastPosts,
    double ExpectedReach,
    double ExpectedEngagements,
    double ExpectedOrders);
