using BenchmarkDotNet.Attributes;
using Clout.Core.Planning;
using Clout.Core.Roster;

namespace Clout.Bench.Planning;

/// <summary>
/// The budget planner on 200 candidates (40 nano, 100 micro, 45 macro, 15 celebrities, ten past posts each), EUR 20,000,
/// as <c>clout plan</c> runs it: forecasts, the exact knapsack for the best mix and for all micro, the celebrity, and
/// 2,000 simulations of each. Costs in whole euros (the knapsack's table) and in cents (no common step: branch and
/// bound, as on the demo). The limit is a stated one, 1 s per plan; bench/README.md gives the ratio.
/// </summary>
[MemoryDiagnoser]
public class PlannerBenchmarks
{
    private const long BudgetMinor = 2_000_000;

    private List<PlanCandidate> _candidates = [];

    [Params("profit", "conversions")]
    public string Goal { get; set; } = "profit";

    [Params("euros", "cents")]
    public string Costs { get; set; } = "euros";

    [GlobalSetup]
    public void Setup() => _candidates = Roster(Costs == "cents");

    [Benchmark]
    public int Plan()
    {
        var (goal, rules) = Goal == "profit" ? (PlanGoal.Profit, new PlanRules(GrossMargin: 0.6)) : (PlanGoal.Conversions, PlanRules.None);
        return new BudgetPlanner(new Random(20_260_107)).Plan(_candidates, BudgetMinor, goal, rules).Best.Picks.Count;
    }

    /// <summary>A seeded roster whose posts pay for themselves about half the time at a 60 % margin.</summary>
    public static List<PlanCandidate> Roster(bool centCosts)
    {
        var random = new Random(7);
        (Tier Tier, int Count, long Followers, long CostEuros)[] tiers =
            [(Tier.Nano, 40, 5_000, 60), (Tier.Micro, 100, 40_000, 400), (Tier.Macro, 45, 300_000, 3_000), (Tier.Celebrity, 15, 3_000_000, 20_000)];
        var candidates = new List<PlanCandidate>();
        foreach (var (tier, count, followers, costEuros) in tiers)
        {
            for (var i = 0; i < count; i++)
            {
                var audience = (long)(followers * (0.5 + random.NextDouble()));
                var ordersPerPost = costEuros / 50.0 * (0.3 + (1.5 * random.NextDouble())) / (tier >= Tier.Macro ? 4 : 1);
                var history = Enumerable.Range(0, 10).Select(_ =>
                {
                    var reach = (long)(audience * (0.15 + (0.3 * random.NextDouble())));
                    var orders = (long)Math.Round(ordersPerPost * (0.5 + random.NextDouble()));
                    return new PostOutcome(reach, reach * (0.02 + (0.08 * random.NextDouble())), orders, orders * (4_000 + random.Next(2_000)));
                }).ToList();
                var cost = (long)(costEuros * (0.5 + random.NextDouble())) * 100;
                candidates.Add(new PlanCandidate(candidates.Count + 1, $"{tier.ToName()}{i}", tier, audience, history,
                    centCosts ? cost + random.Next(1, 100) : cost));
            }
        }
        return candidates;
    }
}
