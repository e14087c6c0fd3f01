using Clout.Core.Reports;
using Clout.Core.Roster;
using ScottPlot;

namespace Clout.Presentation;

/// <summary>
/// The tier report's charts, the same SVGs inline on the overview page and in the shareable report, drawn by ScottPlot,
/// each bar and point showing its figures on hover (<see cref="InlineSvg"/>).
/// </summary>
public static class Charts
{
    /// <summary>
    /// A chart as an image source of its own: the pages' security policy refuses inline SVG styles, and a page that
    /// already holds the report draws its charts from it instead of asking the server to build the report again.
    /// </summary>
    public static string DataUri(string svg) => "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));

    /// <summary>One bar per tier: the median over influencers, with its 95 % interval drawn as a whisker.</summary>
    public static string TierMetric(TierReport report, MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(metric);
        var plot = ChartStyle.NewPlot();
        var tiers = report.Tiers.Where(t => t.Metrics.ContainsKey(metric.Name)).ToList();
        var positions = new List<double>();
        var labels = new List<string>();
        var bars = new List<Bar>();
        for (var i = 0; i < tiers.Count; i++)
        {
            var estimate = tiers[i].Metrics[metric.Name];
            bars.Add(new Bar { Position = i, Value = estimate.Value, FillColor = tiers[i].Tier == Tier.Micro ? ChartStyle.Accent : ChartStyle.Muted });
            positions.Add(i);
            labels.Add($"{tiers[i].Tier.ToName()} (n={estimate.N})");
        }
        plot.Add.Bars(bars);
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i].Metrics[metric.Name] is { Low: { } low, High: { } high })
            {
                ChartStyle.Whisker(plot, i, low, high);
            }
        }
        plot.Axes.Bottom.SetTicks([.. positions], [.. labels]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        if (metric.IsRate)
        {
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Format.Percent(v) };
        }
        plot.Title(metric.Label + " — median per influencer, 95 % interval");
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        return InlineSvg.Of(plot, "chart-" + metric.Name, $"{metric.Label} by tier, median per influencer with 95 % interval",
            drawn => tiers.Select((tier, i) => InlineSvg.Column(drawn, i - 0.5, i + 0.5, BarTitle(tier, metric))));
    }

    /// <summary>
    /// Retention per tier: the share of first-time customers who had ordered again within d days, d = 1 … window.
    /// Micro in the accent colour, the others in shades of grey, so the comparison the product is about stands out.
    /// </summary>
    public static string Retention(Core.Loyalty.RepeatPurchaseReport loyalty)
    {
        ArgumentNullException.ThrowIfNull(loyalty);
        var plot = ChartStyle.NewPlot();
        Color[] greys = [Color.FromHex("#6b7280"), ChartStyle.Muted, Color.FromHex("#d1d5db")];
        var grey = 0;
        foreach (var tier in loyalty.Tiers.Where(t => t.Curve.Customers > 0))
        {
            var xs = Enumerable.Range(1, tier.Curve.Shares.Count).Select(d => (double)d).ToArray();
            var line = plot.Add.ScatterLine(xs, [.. tier.Curve.Shares], tier.Tier == Tier.Micro ? ChartStyle.Accent : greys[grey++ % greys.Length]);
            line.LineWidth = tier.Tier == Tier.Micro ? 3 : 2;
            line.LegendText = $"{tier.Tier.ToName()} ({tier.Curve.Customers:N0} customers)";
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Format.Percent(v) };
        plot.Axes.Bottom.Label.Text = "days after the first order";
        // A share starts at 0: a curve floating on a cut axis would overstate the differences between tiers.
        var top = loyalty.Tiers.SelectMany(t => t.Curve.Shares).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(0, loyalty.WindowDays + 1, 0, Math.Max(0.01, top * 1.1));
        plot.Title($"First-time customers who ordered again, by tier ({loyalty.WindowDays}-day window)");
        plot.ShowLegend(Alignment.UpperLeft);
        var curves = loyalty.Tiers.Where(t => t.Curve.Customers > 0).ToList();
        return InlineSvg.Of(plot, "chart-retention", "Share of first-time customers who ordered again, by tier and day",
            drawn => curves.SelectMany(t => t.Curve.Shares.Select((share, i) => InlineSvg.Point(drawn, i + 1, share,
                $"{t.Tier.ToName()}, day {i + 1}: {Format.Percent(share)} of {Format.Count(t.Curve.Customers)} first-time customers had ordered again"))));
    }

    /// <summary>"micro (n=12): 3.20 % [2.80 % – 3.60 %]": what a bar stands for, in the tables' words.</summary>
    private static string BarTitle(TierSummary tier, MetricDefinition metric)
    {
        var estimate = tier.Metrics[metric.Name];
        return $"{tier.Tier.ToName()} (n={estimate.N}): {Format.Metric(metric, estimate.Value)} {Format.Interval(estimate, metric)}";
    }
}
