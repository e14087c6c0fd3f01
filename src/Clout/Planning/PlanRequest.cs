using Clout.Core.Planning;

namespace Clout.Planning;

/// <summary>
/// A checked request for a plan: the budget in minor units and the goal, with the name the user gave it; the ROAS
/// floor per post (null: none) and, for the profit goal, whether to spend the budget on posts expected to lose money.
/// </summary>
public sealed record PlanRequest(long BudgetMinor, string GoalName, PlanGoal Goal)
{
    public double? MinRoas { get; init; }

    public bool SpendAll { get; init; }
}
