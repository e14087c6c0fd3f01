using System.Globalization;
using Clout.Core.Planning;
using Clout.Core.Statistics;
using Clout.Presentation;
using Clout.Storage.Planning;

namespace Clout.Planning;

/// <summary>
/// The comparison in plain language: what the best mix is expected to bring, and how much less "all micro" and
/// "one celebrity" would bring for the same budget, in the goal's own measure with its 95 % interval.
/// </summary>
public static class PlanVerdicts
{
    public static IReadOnlyList<string> Lines(WorkspacePlan plan, string goal)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var money = plan.Currency is { } currency ? " " + currency : "";
        var best = plan.Comparison.Best;
        if (best.Picks.Count == 0)
        {
            return [$"No influencer with a known cost per post fits a budget of {Format.Amount(plan.BudgetMinor)}{money} with anything to expect: no plan."];
        }
        var lines = new List<string>
        {
            $"Best mix: {Posts(best)} for {Format.Amount(best.CostMinor)}{money}, expected to bring {Measure(best, goal, money)}.",
        };
        lines.Add(plan.Comparison.AllMicro is { } micro
            ? $"All micro: {Posts(micro)} for {Format.Amount(micro.CostMinor)}{money}, expected {Measure(micro, goal, money)}: {Against(micro, best, goal, money)}."
            : "All micro: no micro-influencer with a known cost fits the budget.");
        lines.Add(plan.Comparison.OneCelebrity is { } celebrity
            ? $"One celebrity (@{celebrity.Picks[0].Candidate.Handle}): 1 post for {Format.Amount(celebrity.CostMinor)}{money}, expected {Measure(celebrity, goal, money)}: {Against(celebrity, best, goal, money)}."
            : "One celebrity: no celebrity with a known cost fits the budget.");
        return lines;
    }

    /// <summary>
    /// The goal's total for a plan: reach, engagements or orders with the simulated 95 % interval; for a blend, the
    /// worth under the weights, which has no interval of its own (its parts are not simulated jointly with the weights).
    /// </summary>
    public static Estimate GoalTotal(Plan plan, string goal)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return goal switch
        {
            PlanForm.Reach => plan.Outcome.Reach,
            PlanForm.Engagement => plan.Outcome.Engagements,
            PlanForm.Conversions => plan.Outcome.Orders,
            _ => new Estimate(plan.Value, null, null, plan.Picks.Count),
        };
    }

    /// <summary>The goal's measure as a chart axis or column names it.</summary>
    public static string GoalLabel(string goal) => goal switch
    {
        PlanForm.Reach => "accounts reached",
        PlanForm.Engagement => "engagements",
        PlanForm.Conversions => "orders",
        _ => "worth by your weights",
    };

    private static string Posts(Plan plan) => plan.Picks.Count == 1 ? "1 post" : $"{plan.Picks.Count} posts";

    /// <summary>The goal's measure with its simulated 95 % interval; a blend's worth has no interval of its own.</summary>
    private static string Measure(Plan plan, string goal, string money) => goal switch
    {
        PlanForm.Reach => $"{Whole(plan.Outcome.Reach)} accounts reached",
        PlanForm.Engagement => $"{Whole(plan.Outcome.Engagements)} engagements",
        PlanForm.Conversions => $"{Whole(plan.Outcome.Orders)} orders",
        _ => $"a worth of {Format.Money(plan.Value)}{money} by your weights ({Whole(plan.Outcome.Reach)} reached, {Whole(plan.Outcome.Engagements)} engagements, {Whole(plan.Outcome.Orders)} orders)",
    };

    /// <summary>"1,234 [1,100 – 1,380]": expected total and the 2.5 % and 97.5 % simulated totals.</summary>
    public static string Whole(Estimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var value = Number(estimate.Value);
        return estimate is { Low: { } low, High: { } high } ? $"{value} [{Number(low)} – {Number(high)}]" : value;
    }

    public static string Number(double value) => value.ToString(value < 10 ? "#,0.#" : "#,0", CultureInfo.InvariantCulture);

    /// <summary>
    /// How much less than the best mix a plan brings, and what each brings per 1,000 spent: a plan can be cheaper per
    /// outcome and still bring less, because it cannot use the whole budget (there are only so many micro posts to book).
    /// </summary>
    private static string Against(Plan plan, Plan best, string goal, string money)
    {
        var perThousand = $"; per 1,000{money} spent, {PerThousand(plan, goal)} against the best mix's {PerThousand(best, goal)}";
        if (best.Value <= 0)
        {
            return "as much as the best mix" + perThousand;
        }
        var share = plan.Value / best.Value;
        if (share >= 1 - 1e-9)
        {
            return "as much as the best mix (it is the best mix)";
        }
        // Under half a percent less rounds to "0 % less", which reads like a contradiction.
        return share >= 0.995
            ? $"about as much as the best mix{perThousand}"
            : $"{((1 - share) * 100).ToString("0", CultureInfo.InvariantCulture)} % less than the best mix{perThousand}";
    }

    /// <summary>The goal's expected total per 1,000 major units of cost.</summary>
    private static string PerThousand(Plan plan, string goal) =>
        plan.CostMinor > 0 ? Number(GoalTotal(plan, goal).Value / (double)Core.Campaigns.Money.ToMajor(plan.CostMinor) * 1_000) : Format.None;

    /// <summary>
    /// The excluded influencers grouped by reason, "reason (n): a, b, c", so that forty influencers without a
    /// collaboration read as one line. Each entry is "handle: reason", as the query and the planner write them.
    /// </summary>
    public static IReadOnlyList<string> Excluded(IReadOnlyList<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        return [.. excluded
            .Select(e => e.IndexOf(": ", StringComparison.Ordinal) is var at and > 0 ? (Handle: e[..at], Reason: e[(at + 2)..]) : (Handle: "", Reason: e))
            .GroupBy(e => e.Reason, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 && g.First().Handle.Length > 0
                ? $"{g.First().Handle}: {g.Key}"
                : $"{g.Key} ({g.Count()}): {string.Join(", ", g.Select(e => e.Handle))}")];
    }
}
