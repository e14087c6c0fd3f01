using Clout.Core.Campaigns;
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

    public PlanComparison Plan(IReadOnlyCollection<PlanCandidate> candidates, long budgetMinor, PlanGoal goal) =>
        Plan(candidates, budgetMinor, goal, PlanRules.None);

    /// <summary>
    /// The best mix under the goal and the rules, beside "all micro" and "one celebrity". When the rules leave no micro
    /// post to book (none expected to earn back its cost, or none above the ROAS floor), "all micro" is the micro mix
    /// the budget would buy anyway, marked <see cref="Planning.Plan.OutsideRules"/>, so that the comparison still
    /// shows what micro-influencers would bring or cost.
    /// </summary>
    public PlanComparison Plan(IReadOnlyCollection<PlanCandidate> candidates, long budgetMinor, PlanGoal goal, PlanRules rules)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(budgetMinor);
        if ((goal.Validate() ?? rules.Validate()) is { } problem)
        {
            throw new ArgumentException(problem, nameof(goal));
        }
        if (goal.IsProfit && rules.GrossMargin is null)
        {
            throw new ArgumentException("The profit goal needs the gross margin.", nameof(rules));
        }
        var (forecasts, excluded, priors) = Prepare(candidates);
        var best = Best("best mix", forecasts, budgetMinor, goal, rules, priors);
        var micro = forecasts.Where(f => f.Tier == Tier.Micro).ToList();
        var allMicro = micro.Count > 0 ? Best("all micro", micro, budgetMinor, goal, rules, priors) : null;
        if (allMicro is { Picks.Count: 0 })
        {
            var anyway = Best("all micro", micro, budgetMinor, goal, rules with { SpendAll = true, MinRoas = null }, priors);
            allMicro = anyway with { OutsideRules = true };
        }
        var celebrity = forecasts.Where(f => f.Tier == Tier.Celebrity && f.CostMinor <= budgetMinor)
            .OrderByDescending(f => Worth(goal, rules, f)).ThenBy(f => f.CostMinor).ThenBy(f => f.InfluencerId).FirstOrDefault();
        var oneCelebrity = celebrity is null ? null : Build("one celebrity", [celebrity], goal, rules, priors);
        return new PlanComparison(best, allMicro is { Picks.Count: > 0 } ? allMicro : null, oneCelebrity, excluded);
    }

    private Plan Best(string name, List<CandidateForecast> forecasts, long budgetMinor, PlanGoal goal, PlanRules rules, Dictionary<Tier, TierPriors> priors)
    {
        var picked = Knapsack.Solve([.. forecasts.Select(f => (f.CostMinor, Choice(goal, rules, f)))], budgetMinor);
        return Build(name, [.. picked.Select(i => forecasts[i])], goal, rules, priors);
    }

    private Plan Build(string name, IReadOnlyList<CandidateForecast> picks, PlanGoal goal, PlanRules rules, Dictionary<Tier, TierPriors> priors)
    {
        var reach = new double[Simulations];
        var engagements = new double[Simulations];
        var orders = new double[Simulations];
        var revenue = new double[Simulations];
        var simulators = picks.Select(p => (Draw: priors[p.Tier].Simulator(p.Candidate), priors[p.Tier].RevenuePerOrderMinor)).ToList();
        for (var s = 0; s < Simulations; s++)
        {
            foreach (var (draw, revenuePerOrder) in simulators)
            {
                var (r, e, o) = draw(random);
                reach[s] += r;
                engagements[s] += e;
                orders[s] += o;
                revenue[s] += o * revenuePerOrder;
            }
        }
        var cost = picks.Sum(p => p.CostMinor);
        var expectedRevenue = picks.Sum(p => p.ExpectedRevenueMinor);
        var outcome = new PlanOutcome(
            Summary(picks.Sum(p => p.ExpectedReach), reach, picks.Count),
            Summary(picks.Sum(p => p.ExpectedEngagements), engagements, picks.Count),
            Summary(picks.Sum(p => p.ExpectedOrders), orders, picks.Count))
        {
            Revenue = Summary(expectedRevenue, [.. revenue], picks.Count),
            Roas = cost > 0 ? Summary(expectedRevenue / cost, [.. revenue.Select(r => r / cost)], picks.Count) : null,
            Profit = rules.GrossMargin is { } margin ? Summary((margin * expectedRevenue) - cost, [.. revenue.Select(r => (margin * r) - cost)], picks.Count) : null,
            Roi = rules.GrossMargin is { } m && cost > 0 ? Summary(((m * expectedRevenue) - cost) / cost, [.. revenue.Select(r => ((m * r) - cost) / cost)], picks.Count) : null,
        };
        return new Plan(name, picks, cost, picks.Sum(p => Worth(goal, rules, p)), outcome);
    }

    /// <summary>A post's worth under the goal: for profit, its expected profit in major units, as a blend's worth is.</summary>
    private static double Worth(PlanGoal goal, PlanRules rules, CandidateForecast f) =>
        goal.IsProfit ? f.ExpectedProfitMinor(rules.GrossMargin ?? 0) / Money.MinorPerMajor
        : goal.ValueOf(f.ExpectedReach, f.ExpectedEngagements, f.ExpectedOrders);

    /// <summary>
    /// What the knapsack maximises for a post. Posts below the ROAS floor are worth 0, which the knapsack never books;
    /// so are posts expected to lose money under the profit goal (their worth is negative). With
    /// <see cref="PlanRules.SpendAll"/> the cost is taken as spent anyway, and a post is worth its expected gross profit.
    /// </summary>
    private static double Choice(PlanGoal goal, PlanRules rules, CandidateForecast f) =>
        rules.MinRoas is { } floor && f.ExpectedRoas < floor ? 0
        : goal.IsProfit && rules.SpendAll ? (rules.GrossMargin ?? 0) * f.ExpectedRevenueMinor / Money.MinorPerMajor
        : Worth(goal, rules, f);

    private static Estimate Summary(double expected, double[] simulated, int posts)
    {
        Array.Sort(simulated);
        return new Estimate(expected,
            SortedArrayStatistics.QuantileCustom(simulated, Alpha / 2, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(simulated, 1 - (Alpha / 2), QuantileDefinition.R7), posts);
    }
}
