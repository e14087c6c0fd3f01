using Clout.Core.Planning;

namespace Clout.Core.Tests.Planning;

public sealed class KnapsackTests
{
    [Fact]
    public void Solve_TextbookCase_TakesTheBestFittingMix()
    {
        // Budget 50: {20 → 100, 30 → 120} = 220 beats {10, 20} = 160 and {10, 30} = 180.
        (long, double)[] items = [(10, 60), (20, 100), (30, 120)];

        Assert.Equal([1, 2], Knapsack.Solve(items, 50));
        Assert.Equal([1, 2], Knapsack.Solve(items, 50, maxTableCells: 0));
    }

    [Fact]
    public void Solve_RandomSmallCases_MatchBruteForceByBothMethods()
    {
        var random = new Random(7);
        for (var run = 0; run < 600; run++)
        {
            var n = random.Next(1, 13);
            // Half the cases use round fees (a coarse gcd grid), half arbitrary cents (grid of 1).
            var step = run % 2 == 0 ? 10_000 : 1;
            var items = Enumerable.Range(0, n)
                .Select(_ => ((long)random.Next(1, 60) * step + (step == 1 ? random.Next(0, 5_000) : 0), Math.Round(random.NextDouble() * 100, 3)))
                .ToArray();
            var budget = (long)(items.Sum(i => i.Item1) * random.NextDouble() * 0.8);
            var best = BruteForce(items, budget);

            foreach (var cells in new[] { Knapsack.MaxTableCells, 0 })
            {
                var picked = Knapsack.Solve(items, budget, cells);
                Assert.True(picked.Sum(i => items[i].Item1) <= budget, $"run {run}: over budget");
                Assert.Equal(picked.Count, picked.Distinct().Count());
                Assert.Equal(best, picked.Sum(i => items[i].Item2), 1e-9);
            }
        }
    }

    [Fact]
    public void Solve_ItemsAboveBudgetOrWorthless_AreNeverPicked()
    {
        (long, double)[] items = [(500, 1_000), (10, 0), (10, -5), (40, 3)];

        Assert.Equal([3], Knapsack.Solve(items, 100));
    }

    [Fact]
    public void Solve_NothingFits_IsEmpty()
    {
        Assert.Empty(Knapsack.Solve([(100, 5.0)], 99));
        Assert.Empty(Knapsack.Solve([], 1_000));
        Assert.Empty(Knapsack.Solve([(100, 5.0)], 0));
    }

    [Fact]
    public void Solve_LargeRosterWithRoundFees_UsesTheExactTableQuickly()
    {
        // 1,000 candidates with fees in multiples of €100 (10,000 cents) and a €200,000 budget: the gcd grid keeps the
        // table at 1,000 × 2,001 cells.
        var random = new Random(3);
        var items = Enumerable.Range(0, 1_000).Select(_ => ((long)random.Next(1, 500) * 10_000, random.NextDouble() * 1_000)).ToArray();

        var picked = Knapsack.Solve(items, 20_000_000);

        Assert.True(picked.Sum(i => items[i].Item1) <= 20_000_000);
        // The greedy-by-density plan is a lower bound the optimum must reach.
        Assert.True(picked.Sum(i => items[i].Item2) >= Greedy(items, 20_000_000) - 1e-9);
    }

    [Fact]
    public void Solve_NonPositiveCostOrNonFiniteValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Knapsack.Solve([(0, 1.0)], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Knapsack.Solve([(5, double.NaN)], 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Knapsack.Solve([(5, 1.0)], -1));
    }

    private static double BruteForce((long Cost, double Value)[] items, long budget)
    {
        var best = 0.0;
        for (var mask = 0; mask < 1 << items.Length; mask++)
        {
            long cost = 0;
            double value = 0;
            for (var i = 0; i < items.Length; i++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    cost += items[i].Cost;
                    value += items[i].Value;
                }
            }
            if (cost <= budget && value > best)
            {
                best = value;
            }
        }
        return best;
    }

    private static double Greedy((long Cost, double Value)[] items, long budget)
    {
        double value = 0;
        foreach (var item in items.OrderByDescending(i => i.Value / i.Cost))
        {
            if (item.Cost <= budget)
            {
                budget -= item.Cost;
                value += item.Value;
            }
        }
        return value;
    }
}
