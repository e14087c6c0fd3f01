using Clout.Core.Planning;

namespace Clout.Storage.Planning;

/// <summary>A plan for one workspace: the comparison, what it was asked for, and the currency its money is in (null without orders).</summary>
public sealed record WorkspacePlan(PlanComparison Comparison, long BudgetMinor, PlanGoal Goal, string? Currency, bool RecordsOrders);
