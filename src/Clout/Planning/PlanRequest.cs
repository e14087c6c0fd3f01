using Clout.Core.Planning;

namespace Clout.Planning;

/// <summary>A checked request for a plan: the budget in minor units and the goal, with the name the user gave it.</summary>
public sealed record PlanRequest(long BudgetMinor, string GoalName, PlanGoal Goal);
