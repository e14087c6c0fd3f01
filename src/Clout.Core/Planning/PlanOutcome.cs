using Clout.Core.Statistics;

namespace Clout.Core.Planning;

/// <summary>
/// What a plan is expected to deliver: each total's expected value (the sum of the forecasts) with the 2.5 % and
/// 97.5 % percentiles of the simulated totals; N is the number of posts in the plan.
/// </summary>
public sealed record PlanOutcome(Estimate Reach, Estimate Engagements, Estimate Orders);
