using Clout.Planning;
using Clout.Presentation;
using Clout.Storage.Planning;
using ScottPlot;

namespace Clout.Dashboard.Plan;

/// <summary>The planner page's chart, drawn by ScottPlot in the style of every Clout chart.</summary>
public static class PlanChart
{
    /// <summary>
    /// The goal's expected total for the best mix, all micro and one celebrity, each with its 95 % simulated interval
    /// as a whisker; a plan that does not exist (no micro, no celebrity within the budget, no profitable mix) is left out.
    /// </summary>
    public static string Comparison(WorkspacePlan plan, string goal)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var plot = ChartStyle.NewPlot();
        var plans = new[] { plan.Comparison.Best, plan.Comparison.AllMicro, plan.Comparison.OneCelebrity }
            .OfType<Core.Planning.Plan>().Where(p => p.Picks.Count > 0).ToList();
        var totals = plans.Select(p => PlanVerdicts.GoalTotal(p, goal)).ToList();
        plot.Add.Bars(totals.Select((t, i) => new Bar { Position = i, Value = t.Value, FillColor = i == 0 ? ChartStyle.Accent : ChartStyle.Muted }).ToList());
        // After the bars, so that the lower half of each whisker is drawn over its bar.
        for (var i = 0; i < totals.Count; i++)
        {
            if (totals[i] is { Low: { } low, High: { } high })
            {
                ChartStyle.Whisker(plot, i, low, high);
            }
        }
        plot.Axes.Bottom.SetTicks([.. plans.Select((_, i) => (double)i)],
            [.. plans.Select(p => $"{p.Name} ({p.Picks.Count} post{(p.Picks.Count == 1 ? "" : "s")}, {Format.Amount(p.CostMinor)})")]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        // Bars stand on 0; a loss (profit below 0) needs room below it for the bar and its whisker.
        if (totals.All(t => t.Value >= 0 && (t.Low ?? 0) >= 0))
        {
            plot.Axes.Margins(bottom: 0);
        }
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = PlanVerdicts.Number };
        plot.Title($"Expected {PlanVerdicts.GoalLabel(goal)} for a budget of {Format.Amount(plan.BudgetMinor)}, 95 % interval");
        return InlineSvg.Of(plot, "plan-chart", $"Expected {PlanVerdicts.GoalLabel(goal)} of the best mix, all micro and one celebrity, with 95 % intervals",
            drawn => plans.Select((p, i) => InlineSvg.Column(drawn, i - 0.5, i + 0.5, BarTitle(p.Name, totals[i]))));
    }

    /// <summary>What hovering a plan's bar shows: its expected total and the 95 % interval.</summary>
    private static string BarTitle(string plan, Core.Statistics.Estimate total)
    {
        var name = char.ToUpperInvariant(plan[0]) + plan[1..];
        return total is { Low: { } low, High: { } high }
            ? $"{name}: {PlanVerdicts.Number(total.Value)} [{PlanVerdicts.Number(low)} – {PlanVerdicts.Number(high)}]"
            : $"{name}: {PlanVerdicts.Number(total.Value)}";
    }
}
