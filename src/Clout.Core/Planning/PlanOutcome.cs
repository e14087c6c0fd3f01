using Clout.Core.Statistics;

namespace Clout.Core.Planning;

/// <summary>
/// What a plan is expected to deliver: each total's expected value (the sum of the forecasts) with the 2.5 % and
/// 97.5 % percentiles of the simulated totals; N is the number of posts in the plan. Revenue and profit are in minor
/// units; ROAS (revenue ÷ cost) and ROI ((revenue × margin − cost) ÷ cost) are null for a plan that costs nothing,
/// profit and ROI without a gross margin.
/// </summary>
public sealed record PlanOutcome(Estimate Reach, Estimate Engagements, Estimate Orders)
{
    public Estimate Revenue { get; init; } = new(0, 0, 0, 0);

    public Estimate? Roas { get; init; }

    public Estimate? Profit { get; init; }

    public Estimate? Roi { get; init; }
}
