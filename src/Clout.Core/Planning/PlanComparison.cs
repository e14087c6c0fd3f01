namespace Clout.Core.Planning;

/// <summary>
/// The best mix for the budget beside the two plans marketers argue about: the best plan using micro-influencers only,
/// and the single celebrity post worth most within the budget. Null when no such candidate fits the budget.
/// <see cref="Excluded"/> names candidates left out and why (no cost, no followers, inconsistent history).
/// </summary>
public sealed record PlanComparison(Plan Best, Plan? AllMicro, Plan? OneCelebrity, IReadOnlyList<string> Excluded);
