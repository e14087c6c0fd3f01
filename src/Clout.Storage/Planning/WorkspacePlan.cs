using Clout.Core.Planning;

namespace Clout.Storage.Planning;

/// <summary>
/// A plan for one workspace: the comparison, what it was asked for (budget, goal and the rules: the workspace's gross
/// margin, the ROAS floor, spend-all), and the currency its money is in (null without orders).
/// </summary>
public sealed record WorkspacePlan(PlanComparison Comparison, long BudgetMinor, PlanGoal Goal, string? Currency, bool RecordsOrders)
{
    public PlanRules Rules { get; init; } = PlanRules.None;
}
