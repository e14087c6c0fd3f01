namespace Clout.Core.Planning;

/// <summary>A booked mix: the chosen posts, what they cost (minor units), their worth under the goal and the expected outcomes.</summary>
public sealed record Plan(string Name, IReadOnlyList<CandidateForecast> Picks, long CostMinor, double Value, PlanOutcome Outcome);
