using Clout.Core.Roster;
using Clout.Core.Statistics;
using MathNet.Numerics.Statistics;

namespace Clout.Core.Planning;

/// <summary>
/// Chooses whom to book for one post each within a budget. Forecasts come from each candidate's history shrunk toward
/// its tier (<see cref="TierPriors"/>); the mix is an exact 0/1 knapsack on the goal's value (<see cref="Knapsack"/>);
/// the outcome intervals come from <see cref="Simulations"/> seeded simulations of the chosen posts.
/// </summary>
public sealed class BudgetPlanner(Random random, int simulations = BudgetPlanner.DefaultSimulations)
{
    /// <summary>2,000 draws, as for the report's bootstrap: the Monte-Carlo error of a 2.5 % percentile is well inside the interval.</summary>
    public const int DefaultSimulations = 2_000;

    private const double Alpha = 0.05;

    public int Simulations { get; } = simulations > 0
        ? simulations
        : throw new ArgumentOutOfRangeException(nameof(simulations), "Simulations must be positive.");

    /// <summary>Forecasts for every sound candidate, and the reasons the others were left out.</summary>
    public static (IReadOnlyList<CandidateForecast> Forecasts, IReadOnlyList<string> Excluded) Forecast(IReadOnlyCollection<PlanCandidate> candidates)
    {
        var (forecasts, excluded, _) = Prepare(candidates);
        return (forecasts, excluded);
    }

    private static (List<CandidateForecast> Forecasts, List<string> Excluded, Dictionary<Tier, TierPriors> Priors) Prepare(IReadOnlyCollection<PlanCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var excluded = new List<string>();
        var sound = new List<PlanCandidate>();
        foreach (var candidate in candidates)
        {
            if (candidate.Validate() is { } problem)
            {
                excluded.Add(problem);
            }
            else
            {
                sound.Add(candidate);
            }
        }
        var forecasts = new List<CandidateForecast>();
        var priorsByTier = new Dictionary<Tier, TierPriors>();
        foreach (var tier in sound.GroupBy(c => c.Tier).OrderBy(g => g.Key))
        {
            var priors = TierPriors.Fit([.. tier]);
            if (priors is null)
            {
                excluded.AddRange(tier.Select(c => $"{c.Handle}: no {c.Tier.ToName()}-influencer has a past post with reach to forecast from"));
                continue;
            }
            priorsByTier[tier.Key] = priors;
            forecasts.AddRange(tier.Select(priors.Forecast));
        }
        return (forecasts, excluded, priorsByTier);
    }

    public PlanComparison Plan(IReadOnlyCollection<PlanCandidate> candidates, long budgetMinor, PlanGoal goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetMinor);
        if (goal.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(goal));
        }
        var (forecasts, excluded, priors) = Prepare(candidates);
        var best = Best("best mix", forecasts, budgetMinor, goal, priors);
        var micro = forecasts.Where(f => f.Tier == Tier.Micro).ToList();
        var allMicro = micro.Count > 0 ? Best("all micro", micro, budgetMinor, goal, priors) : null;
        var celebrity = forecasts.Where(f => f.Tier == Tier.Celebrity && f.CostMinor <= budgetMinor)
            .OrderByDescending(f => Value(goal, f)).ThenBy(f => f.CostMinor).ThenBy(f => f.InfluencerId).FirstOrDefault();
        var oneCelebrity = celebrity is null ? null : Build("one celebrity", [celebrity], goal, priors);
        return new PlanComparison(best, allMicro is { Picks.Count: > 0 } ? allMicro : null, oneCelebrity, excluded);
    }

    private Plan Best(string name, List<CandidateForecast> forecasts, long budgetMinor, PlanGoal goal, Dictionary<Tier, TierPriors> priors)
    {
        var picked = Knapsack.Solve([.. forecasts.Select(f => (f.CostMinor, Value(goal, f)))], budgetMinor);
        return Build(name, [.. picked.Select(i => forecasts[i])], goal, priors);
    }

    private Plan Build(string name, IReadOnlyList<CandidateForecast> picks, PlanGoal goal, Dictionary<Tier, TierPriors> priors)
    {
        var reach = new double[Simulations];
        var engagements = new double[Simulations];
        var orders = new double[Simulations];
        for (var s = 0; s < Simulations; s++)
        {
            foreach (var pick in picks)
            {
                var (r, e, o) = priors[pick.Tier].Simulate(pick.Candidate, random);
                reach[s] += r;
                engagements[s] += e;
                orders[s] += o;
            }
        }
        var outcome = new PlanOutcome(
            Summary(picks.Sum(p => p.ExpectedReach), reach, picks.Count),
            Summary(picks.Sum(p => p.ExpectedEngagements), engagements, picks.Count),
            Summary(picks.Sum(p => p.ExpectedOrders), orders, picks.Count));
        return new Plan(name, picks, picks.Sum(p => p.CostMinor), picks.Sum(p => Value(goal, p)), outcome);
    }

    private static double Value(PlanGoal goal, CandidateForecast f) => goal.ValueOf(f.ExpectedReach, f.ExpectedEngagements, f.ExpectedOrders);

    private static Estimate Summary(double expected, double[] simulated, int posts)
    {
        Array.Sort(simulated);
        return new Estimate(expected,
            SortedArrayStatistics.QuantileCustom(simulated, Alpha / 2, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(simulated, 1 - (Alpha / 2), QuantileDefinition.R7), posts);
    }
}
