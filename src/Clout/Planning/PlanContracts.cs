using System.Text.Json.Serialization;
using Clout.Core.Campaigns;
using Clout.Core.Planning;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using Clout.Presentation;
using Clout.Storage.Planning;

namespace Clout.Planning;

/// <summary>
/// The body of <c>POST /api/v1/plans</c>: budget in major units of the workspace currency, goal, a blend's weights,
/// the ROAS floor per post and, for the goal 'profit', whether to spend the budget on posts expected to lose money.
/// </summary>
public sealed record CreatePlanRequest(decimal? Budget, string? Goal, PlanWeights? Weights, double? MinRoas = null, bool? SpendAll = null);

/// <summary>What each outcome is worth to the marketer, for the goal 'blend': per thousand reached, per engagement, per order.</summary>
public sealed record PlanWeights(double? PerThousandReach, double? PerEngagement, double? PerOrder);

/// <summary>
/// A plan as the API and <c>clout plan --format json</c> give it: money in major units of <see cref="Currency"/>,
/// expected totals with their 95 % simulated intervals, the verdict lines and every influencer left out with why.
/// The gross margin is the workspace's (null when not set: no profit or ROI).
/// </summary>
public sealed record PlanComparisonResponse(
    string Workspace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency,
    decimal Budget,
    string Goal,
    PlanWeights Weights,
    double? GrossMargin,
    double? MinRoas,
    bool SpendAll,
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
            plan.Rules.GrossMargin, plan.Rules.MinRoas, plan.Rules.SpendAll,
            PlanResponse.Of(c.Best, plan.Rules.GrossMargin), c.AllMicro is { } m ? PlanResponse.Of(m, plan.Rules.GrossMargin) : null,
            c.OneCelebrity is { } o ? PlanResponse.Of(o, plan.Rules.GrossMargin) : null,
            PlanVerdicts.Lines(plan, request.GoalName), c.Excluded);
    }
}

/// <summary>
/// One plan: its posts, cost, worth under the goal (for profit, the expected profit), and expected reach, engagements,
/// orders, revenue, ROAS, profit and ROI with intervals (n = posts); money in major units. Profit and ROI are null
/// without a gross margin, ROAS and ROI for a plan that costs nothing. <see cref="OutsideRules"/>: a comparison booked
/// although the rules would have left all its posts out (none expected to earn back its cost, or none above the floor).
/// </summary>
public sealed record PlanResponse(
    string Name,
    int Posts,
    decimal Cost,
    double Value,
    EstimateResponse Reach,
    EstimateResponse Engagements,
    EstimateResponse Orders,
    EstimateResponse Revenue,
    EstimateResponse? Roas,
    EstimateResponse? Profit,
    EstimateResponse? Roi,
    bool OutsideRules,
    IReadOnlyList<PlanPickResponse> Picks)
{
    public static PlanResponse Of(Plan plan, double? grossMargin)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var o = plan.Outcome;
        return new(plan.Name, plan.Picks.Count, Money.ToMajor(plan.CostMinor), plan.Value,
            EstimateResponse.Of(o.Reach), EstimateResponse.Of(o.Engagements), EstimateResponse.Of(o.Orders),
            Major(o.Revenue), o.Roas is { } roas ? EstimateResponse.Of(roas) : null, o.Profit is { } profit ? Major(profit) : null,
            o.Roi is { } roi ? EstimateResponse.Of(roi) : null, plan.OutsideRules,
            [.. plan.Picks.Select(p => new PlanPickResponse(p.InfluencerId, p.Candidate.Handle, p.Tier.ToName(), p.Candidate.Followers,
                Money.ToMajor(p.CostMinor), p.Candidate.History.Count, p.ExpectedReach, p.ExpectedEngagements, p.ExpectedOrders,
                Money.ToMajor(p.ExpectedRevenueMinor), grossMargin is { } margin ? Money.ToMajor(p.ExpectedProfitMinor(margin)) : null))]);
    }

    /// <summary>A simulated sum of money (minor units) in major units, rounded to the cent as every amount of the API is.</summary>
    private static EstimateResponse Major(Estimate money) =>
        new(ToMajor(money.Value) ?? 0, money.Low is { } low ? ToMajor(low) : null, money.High is { } high ? ToMajor(high) : null, money.N);

    private static double? ToMajor(double minor) => Money.ToMajor(minor) is { } major ? (double)major : null;
}

/// <summary>
/// One booked post: who, what it costs, how many past posts its forecast rests on, and what it is expected to bring
/// (revenue in major units; profit after its cost at the gross margin, null without one).
/// </summary>
public sealed record PlanPickResponse(
    long Id,
    string Handle,
    string Tier,
    long Followers,
    decimal Cost,
    int PastPosts,
    double ExpectedReach,
    double ExpectedEngagements,
    double ExpectedOrders,
    decimal? ExpectedRevenue,
    decimal? ExpectedProfit);
