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
        var floor = plan.Rules.MinRoas is { } minRoas ? $" and an expected ROAS of at least {Number(minRoas)}" : "";
        var lines = new List<string>();
        if (best.Picks.Count > 0)
        {
            lines.Add($"Best mix: {Posts(best)} for {Format.Amount(best.CostMinor)}{money}, expected to bring {Measure(best, goal, money)}{Earnings(best, goal, money)}.");
        }
        else if (goal == PlanForm.Profit)
        {
            // The truth a marketer most needs: then the comparisons say what booking anyway would lose.
            lines.Add($"No profitable mix for this budget: no post within {Format.Amount(plan.BudgetMinor)}{money} is expected to earn back its cost at a gross margin of {Percent(plan.Rules.GrossMargin ?? 0)}{floor}, so none is booked.");
        }
        else
        {
            return [$"No influencer with a known cost per post{floor} fits a budget of {Format.Amount(plan.BudgetMinor)}{money} with anything to expect: no plan."];
        }
        lines.Add(plan.Comparison.AllMicro switch
        {
            { OutsideRules: true } micro => $"All micro: no micro post is expected to {(goal == PlanForm.Profit ? "earn back its cost" : "pass the ROAS floor")}; booking the best anyway, {Posts(micro)} for {Format.Amount(micro.CostMinor)}{money}, would bring {Measure(micro, goal, money)}{Earnings(micro, goal, money)}: {Against(micro, best, goal, money)}.",
            { } micro => $"All micro: {Posts(micro)} for {Format.Amount(micro.CostMinor)}{money}, expected {Measure(micro, goal, money)}{Earnings(micro, goal, money)}: {Against(micro, best, goal, money)}.",
            null => "All micro: no micro-influencer with a known cost fits the budget.",
        });
        lines.Add(plan.Comparison.OneCelebrity is { } celebrity
            ? $"One celebrity (@{celebrity.Picks[0].Candidate.Handle}): 1 post for {Format.Amount(celebrity.CostMinor)}{money}, expected {Measure(celebrity, goal, money)}{Earnings(celebrity, goal, money)}: {Against(celebrity, best, goal, money)}."
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
            PlanForm.Profit when plan.Outcome.Profit is { } profit => Major(profit),
            _ => new Estimate(plan.Value, null, null, plan.Picks.Count),
        };
    }

    /// <summary>A simulated sum of money in minor units, in major units.</summary>
    private static Estimate Major(Estimate minor) =>
        new(minor.Value / Core.Campaigns.Money.MinorPerMajor, minor.Low / Core.Campaigns.Money.MinorPerMajor, minor.High / Core.Campaigns.Money.MinorPerMajor, minor.N);

    /// <summary>The goal's measure as a chart axis or column names it.</summary>
    public static string GoalLabel(string goal) => goal switch
    {
        PlanForm.Reach => "accounts reached",
        PlanForm.Engagement => "engagements",
        PlanForm.Conversions => "orders",
        PlanForm.Profit => "profit",
        _ => "worth by your weights",
    };

    private static string Posts(Plan plan) => plan.Picks.Count == 1 ? "1 post" : $"{plan.Picks.Count} posts";

    /// <summary>The goal's measure with its simulated 95 % interval; a blend's worth has no interval of its own.</summary>
    private static string Measure(Plan plan, string goal, string money) => goal switch
    {
        PlanForm.Reach => $"{Whole(plan.Outcome.Reach)} accounts reached",
        PlanForm.Engagement => $"{Whole(plan.Outcome.Engagements)} engagements",
        PlanForm.Conversions => $"{Whole(plan.Outcome.Orders)} orders",
        PlanForm.Profit => $"a profit of {Profit(plan)}{money}, ROI {Roi(plan)}",
        _ => $"a worth of {Format.Money(plan.Value)}{money} by your weights ({Whole(plan.Outcome.Reach)} reached, {Whole(plan.Outcome.Engagements)} engagements, {Whole(plan.Outcome.Orders)} orders)",
    };

    /// <summary>For goals other than profit, the plan's profit and ROI when the workspace has a gross margin.</summary>
    private static string Earnings(Plan plan, string goal, string money) =>
        goal != PlanForm.Profit && plan.Outcome.Profit is not null ? $" (a profit of {Profit(plan)}{money}, ROI {Roi(plan)})" : "";

    /// <summary>"1,234.00 [−310.00 – 2,900.00]": the expected profit and its simulated 95 % interval, in major units.</summary>
    public static string Profit(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Outcome.Profit is { } p ? Money(p) : Format.None;
    }

    /// <summary>A simulated sum of money (minor units) with its 95 % interval, in major units.</summary>
    public static string Money(Estimate minor)
    {
        ArgumentNullException.ThrowIfNull(minor);
        return minor is { Low: { } low, High: { } high } ? $"{Format.Amount(minor.Value)} [{Format.Amount(low)} – {Format.Amount(high)}]" : Format.Amount(minor.Value);
    }

    /// <summary>"12 % [−4 % – 30 %]": the expected ROI and its simulated 95 % interval; "—" for a plan that costs nothing.</summary>
    public static string Roi(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Outcome.Roi is { } r
            ? r is { Low: { } low, High: { } high } ? $"{Percent(r.Value)} [{Percent(low)} – {Percent(high)}]" : Percent(r.Value)
            : Format.None;
    }

    public static string Percent(double share) => (share * 100).ToString("#,0", CultureInfo.InvariantCulture) + " %";

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
        if (goal == PlanForm.Profit)
        {
            // Profits can be 0 or negative, so a share of the best mix's means nothing: the difference does.
            var less = best.Value - plan.Value;
            return less <= 0.005 ? "as much profit as the best mix" : $"{Format.Money(less)}{money} less profit than the best mix";
        }
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
