namespace Clout.Core.Planning;

/// <summary>
/// A booked mix: the chosen posts, what they cost (minor units), their worth under the goal (for profit, the expected
/// profit in major units) and the expected outcomes. <see cref="OutsideRules"/>: a comparison booked although the
/// rules (no expected loss, the ROAS floor) would have left every one of its posts out, to show what it would bring.
/// </summary>
public sealed record Plan(string Name, IReadOnlyList<CandidateForecast> Picks, long CostMinor, double Value, PlanOutcome Outcome)
{
    public bool OutsideRules { get; init; }
}
