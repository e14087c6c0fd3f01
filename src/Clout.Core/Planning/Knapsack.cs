namespace Clout.Core.Planning;

/// <summary>
/// The 0/1 knapsack, solved exactly: pick the items (each at most once) with the largest total value whose costs fit
/// the budget. Two exact methods, chosen by size:
/// <list type="number">
/// <item>Dynamic programming over the budget, in steps of g = gcd(costs). Every cost is a whole number of steps and
/// any sum of costs is too, so a plan fits the budget B exactly when it fits ⌊B/g⌋ steps: no rounding, no error. Fees
/// are round amounts (the demo's are multiples of €100), so the grid is coarse and the table small.</item>
/// <item>Branch and bound when the table would exceed <see cref="MaxTableCells"/> (costs with no common step): a
/// depth-first search over items by value per cost, pruned by the Dantzig bound (the greedy fractional filling of the
/// remaining budget, never below the best integer completion). It never prunes a branch that could beat the best plan
/// found, so it is exact too; only its running time depends on the data.</item>
/// </list>
/// Items with cost above the budget or value ≤ 0 can never improve a plan and are left out first.
/// </summary>
public static class Knapsack
{
    /// <summary>20 million cells: a bit table of 2.5 MB, filled in well under a second.</summary>
    public const long MaxTableCells = 20_000_000;

    /// <summary>Bounds are compared with this relative slack so that rounding in the bound's sum never prunes an equal-or-better plan.</summary>
    private const double BoundSlack = 1e-12;

    /// <summary>Indices (ascending) of the items of an optimal plan.</summary>
    public static IReadOnlyList<int> Solve(IReadOnlyList<(long Cost, double Value)> items, long budget) =>
        Solve(items, budget, MaxTableCells);

    /// <summary>As <see cref="Solve(IReadOnlyList{ValueTuple{long, double}}, long)"/>; tests lower the table limit to exercise branch and bound.</summary>
    internal static IReadOnlyList<int> Solve(IReadOnlyList<(long Cost, double Value)> items, long budget, long maxTableCells)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Cost <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(items), items[i].Cost, $"Item {i} costs {items[i].Cost}; costs must be above 0.");
            }
            if (!double.IsFinite(items[i].Value))
            {
                throw new ArgumentOutOfRangeException(nameof(items), items[i].Value, $"Item {i} has no finite value.");
            }
        }
        var useful = Enumerable.Range(0, items.Count).Where(i => items[i].Cost <= budget && items[i].Value > 0).ToArray();
        if (useful.Length == 0)
        {
            return [];
        }
        var step = useful.Aggregate(0L, (g, i) => Gcd(g, items[i].Cost));
        var capacity = budget / step;
        var picked = (capacity + 1) * useful.Length <= maxTableCells
            ? Table(items, useful, step, (int)capacity)
            : BranchAndBound(items, useful, budget);
        return [.. picked.Order()];
    }

    private static List<int> Table(IReadOnlyList<(long Cost, double Value)> items, int[] useful, long step, int capacity)
    {
        var best = new double[capacity + 1];
        var taken = new System.Collections.BitArray[useful.Length];
        for (var k = 0; k < useful.Length; k++)
        {
            var (cost, value) = items[useful[k]];
            var weight = (int)(cost / step);
            taken[k] = new System.Collections.BitArray(capacity + 1);
            for (var c = capacity; c >= weight; c--)
            {
                var with = best[c - weight] + value;
                if (with > best[c])
                {
                    best[c] = with;
                    taken[k][c] = true;
                }
            }
        }
        var picked = new List<int>();
        var left = capacity;
        for (var k = useful.Length - 1; k >= 0; k--)
        {
            if (taken[k][left])
            {
                picked.Add(useful[k]);
                left -= (int)(items[useful[k]].Cost / step);
            }
        }
        return picked;
    }

    private static List<int> BranchAndBound(IReadOnlyList<(long Cost, double Value)> items, int[] useful, long budget)
    {
        var order = useful.OrderByDescending(i => items[i].Value / items[i].Cost).ThenBy(i => i).ToArray();
        var chosen = new bool[order.Length];
        var bestChosen = new bool[order.Length];
        var bestValue = 0.0;

        double Bound(int from, long room, double value)
        {
            for (var k = from; k < order.Length; k++)
            {
                var (cost, v) = items[order[k]];
                if (cost <= room)
                {
                    room -= cost;
                    value += v;
                }
                else
                {
                    return value + (v * room / cost);
                }
            }
            return value;
        }

        void Search(int k, long room, double value)
        {
            if (value > bestValue)
            {
                bestValue = value;
                Array.Copy(chosen, bestChosen, chosen.Length);
            }
            if (k == order.Length || Bound(k, room, value) * (1 + BoundSlack) <= bestValue)
            {
                return;
            }
            var (cost, v) = items[order[k]];
            if (cost <= room)
            {
                chosen[k] = true;
                Search(k + 1, room - cost, value + v);
                chosen[k] = false;
            }
            Search(k + 1, room, value);
        }

        Search(0, budget, 0);
        return [.. Enumerable.Range(0, order.Length).Where(k => bestChosen[k]).Select(k => order[k])];
    }

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }
}
