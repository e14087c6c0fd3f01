using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Campaigns;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using ScottPlot;

namespace Clout.Dashboard;

/// <summary>Server-rendered SVG charts, drawn by ScottPlot.</summary>
public static class Charts
{
    private const int Width = 720;
    private const int Height = 360;
    private const int RollingWindow = 5; // posts in the moving median: smooths one-off virality, keeps trends

    private static readonly Color Ink = Color.FromHex("#1f2937");
    private static readonly Color Accent = Color.FromHex("#4f46e5");
    private static readonly Color Muted = Color.FromHex("#9ca3af");
    private static readonly Color Sponsored = Color.FromHex("#f59e0b");

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
        var plot = NewPlot();
        var tiers = report.Tiers.Where(t => t.Metrics.ContainsKey(metric.Name)).ToList();
        var positions = new List<double>();
        var labels = new List<string>();
        var bars = new List<Bar>();
        for (var i = 0; i < tiers.Count; i++)
        {
            var estimate = tiers[i].Metrics[metric.Name];
            bars.Add(new Bar { Position = i, Value = estimate.Value, FillColor = tiers[i].Tier == Tier.Micro ? Accent : Muted });
            positions.Add(i);
            labels.Add($"{tiers[i].Tier.ToName()} (n={estimate.N})");
        }
        plot.Add.Bars(bars);
        // Bootstrap intervals are asymmetric, which ScottPlot's bar errors are not: draw each whisker as lines.
        for (var i = 0; i < tiers.Count; i++)
        {
            if (tiers[i].Metrics[metric.Name] is { Low: { } low, High: { } high })
            {
                Whisker(plot, i, low, high);
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
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>
    /// Retention per tier: the share of first-time customers who had ordered again within d days, d = 1 … window.
    /// Micro in the accent colour, the others in shades of grey, so the comparison the product is about stands out.
    /// </summary>
    public static string Retention(Core.Loyalty.RepeatPurchaseReport loyalty)
    {
        ArgumentNullException.ThrowIfNull(loyalty);
        var plot = NewPlot();
        Color[] greys = [Color.FromHex("#6b7280"), Muted, Color.FromHex("#d1d5db")];
        var grey = 0;
        foreach (var tier in loyalty.Tiers.Where(t => t.Curve.Customers > 0))
        {
            var xs = Enumerable.Range(1, tier.Curve.Shares.Count).Select(d => (double)d).ToArray();
            var line = plot.Add.ScatterLine(xs, [.. tier.Curve.Shares], tier.Tier == Tier.Micro ? Accent : greys[grey++ % greys.Length]);
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
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>
    /// The goal's expected total for the best mix, all micro and one celebrity, each with its 95 % simulated interval
    /// as a whisker; a plan that does not exist (no micro, no celebrity within the budget) is left out.
    /// </summary>
    public static string PlanComparison(Storage.Planning.WorkspacePlan plan, string goal)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var plot = NewPlot();
        var plans = new[] { plan.Comparison.Best, plan.Comparison.AllMicro, plan.Comparison.OneCelebrity }
            .OfType<Core.Planning.Plan>().Where(p => p.Picks.Count > 0).ToList();
        var totals = plans.Select(p => Planning.PlanVerdicts.GoalTotal(p, goal)).ToList();
        plot.Add.Bars(totals.Select((t, i) => new Bar { Position = i, Value = t.Value, FillColor = i == 0 ? Accent : Muted }).ToList());
        // After the bars, so that the lower half of each whisker is drawn over its bar.
        for (var i = 0; i < totals.Count; i++)
        {
            if (totals[i] is { Low: { } low, High: { } high })
            {
                Whisker(plot, i, low, high);
            }
        }
        plot.Axes.Bottom.SetTicks([.. plans.Select((_, i) => (double)i)],
            [.. plans.Select(p => $"{p.Name} ({p.Picks.Count} post{(p.Picks.Count == 1 ? "" : "s")}, {Format.Amount(p.CostMinor)})")]);
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Margins(bottom: 0);
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Planning.PlanVerdicts.Number };
        plot.Title($"Expected {Planning.PlanVerdicts.GoalLabel(goal)} for a budget of {Format.Amount(plan.BudgetMinor)}, 95 % interval");
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Each post's engagement rate over time, sponsored posts highlighted, with a moving median.</summary>
    public static string EngagementOverTime(InfluencerSummary influencer, IReadOnlyList<PostEngagement> posts)
    {
        ArgumentNullException.ThrowIfNull(influencer);
        ArgumentNullException.ThrowIfNull(posts);
        var plot = NewPlot();
        var rated = posts.Where(p => p.EngagementRate is not null).OrderBy(p => p.PublishedAtUtc).ToList();
        AddPoints(plot, rated.Where(p => !p.Sponsored).ToList(), Accent, "organic");
        AddPoints(plot, rated.Where(p => p.Sponsored).ToList(), Sponsored, "sponsored");
        if (rated.Count >= RollingWindow)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (var i = RollingWindow - 1; i < rated.Count; i++)
            {
                var window = rated.Skip(i - RollingWindow + 1).Take(RollingWindow).Select(p => p.EngagementRate!.Value).ToArray();
                xs.Add(rated[i].PublishedAtUtc.ToOADate());
                ys.Add(Core.Statistics.Median.Of(window));
            }
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), Ink);
            line.LineWidth = 2;
            line.LegendText = $"moving median of {RollingWindow} posts";
        }
        plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = Format.Date };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Format.Percent(v) };
        plot.Title($"@{influencer.Handle}: engagement rate by followers, per post");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Human clicks per day as bars and credited orders per day as a line on its own axis.</summary>
    public static string CampaignTimeline(string campaign, IReadOnlyList<DailyActivity> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var plot = NewPlot();
        if (days.Count > 0)
        {
            var xs = days.Select(d => d.DayUtc.ToOADate()).ToArray();
            var bars = plot.Add.Bars(xs, days.Select(d => (double)d.Clicks).ToArray());
            bars.Color = Muted;
            bars.LegendText = "human clicks";
            foreach (var bar in bars.Bars)
            {
                bar.Size = 0.8; // days
            }
            var orders = plot.Add.ScatterLine(xs, days.Select(d => (double)d.Orders).ToArray(), Accent);
            orders.LineWidth = 2;
            orders.MarkerSize = 6;
            orders.LegendText = "credited orders";
            orders.Axes.YAxis = plot.Axes.Right;
            plot.Axes.Right.Label.Text = "orders";
            plot.Axes.Left.Label.Text = "clicks";
            plot.ShowLegend(Alignment.UpperLeft);
        }
        else
        {
            plot.Add.Annotation("No human clicks or credited orders yet", Alignment.MiddleCenter);
            plot.Axes.Frameless();
            plot.HideGrid();
            plot.Title($"{campaign}: clicks and orders per day");
            return plot.GetSvgXml(Width, Height);
        }
        plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = Format.Date };
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{campaign}: clicks and orders per day");
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Bars in a survey question's chart: a roster question lists every influencer, of whom a handful get answers.</summary>
    public const int MaxSurveyBars = 15;

    /// <summary>
    /// The answers a question's chart shows, top first: all of them, in the survey's order, when they fit; else the
    /// <see cref="MaxSurveyBars"/> most chosen.
    /// </summary>
    public static IReadOnlyList<Core.Surveys.OptionResult> ChartedOptions(Core.Surveys.QuestionResult question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Options.Count <= MaxSurveyBars
            ? question.Options
            : [.. question.Options.Where(o => o.Count > 0).OrderByDescending(o => o.Count).Take(MaxSurveyBars)];
    }

    /// <summary>Height of a survey question's chart: a band per bar.</summary>
    public static int SurveySharesHeight(Core.Surveys.QuestionResult question) => 100 + (Math.Max(ChartedOptions(question).Count, 2) * 28);

    /// <summary>One horizontal bar per answer of a choice question: its share of respondents with the Wilson 95 % interval.</summary>
    public static string SurveyShares(Core.Surveys.QuestionResult question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var plot = NewPlot();
        // First bar at the top, as in the table beside it.
        var charted = ChartedOptions(question);
        var options = charted.Reverse().ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < options.Count; i++)
        {
            bars.Add(new Bar { Position = i, Value = options[i].Share?.Value ?? 0, FillColor = Accent, Orientation = Orientation.Horizontal });
        }
        plot.Add.Bars(bars);
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Share is { Low: { } low, High: { } high })
            {
                HorizontalWhisker(plot, i, low, high);
            }
        }
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, options.Count).Select(i => (double)i)], [.. options.Select(o => Shorten(o.Label))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        // Up to a little past the widest whisker (small shares stay visible), never past 100 % by more than the last label needs.
        var widest = options.Select(o => o.Share?.High ?? o.Share?.Value ?? 0).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimitsX(0, Math.Clamp(widest * 1.1, 0.1, 1.04));
        plot.Axes.Right.MinimumSize = 30; // room for the last tick label, which sits on the right edge
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Format.Percent(v) };
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Title(charted.Count < question.Options.Count
            ? $"Top {charted.Count} of {question.Options.Count} answers: share of respondents (n={question.N}), 95 % interval"
            : $"Share of respondents (n={question.N}), 95 % interval");
        return plot.GetSvgXml(Width, SurveySharesHeight(question));
    }

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..39] + "…";

    private static void HorizontalWhisker(Plot plot, double y, double low, double high)
    {
        const double Cap = 0.15;
        foreach (var (x1, y1, x2, y2) in new[] { (low, y, high, y), (low, y - Cap, low, y + Cap), (high, y - Cap, high, y + Cap) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.Color = Ink;
            line.LineWidth = 2;
        }
    }

    /// <summary>The first sans-serif face installed: ScottPlot's own choice resolves to DejaVu Serif on Debian.</summary>
    private static readonly string SansFont =
        new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica" }
            .FirstOrDefault(name => SkiaSharp.SKFontManager.Default.MatchFamily(name) is not null) ?? Fonts.Sans;

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(SansFont);
        return plot;
    }

    private static void Whisker(Plot plot, double x, double low, double high)
    {
        const double Cap = 0.12;
        foreach (var (x1, y1, x2, y2) in new[] { (x, low, x, high), (x - Cap, low, x + Cap, low), (x - Cap, high, x + Cap, high) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.Color = Ink;
            line.LineWidth = 2;
        }
    }

    private static void AddPoints(Plot plot, List<PostEngagement> posts, Color color, string label)
    {
        if (posts.Count == 0)
        {
            return;
        }
        var scatter = plot.Add.ScatterPoints(posts.Select(p => p.PublishedAtUtc.ToOADate()).ToArray(), posts.Select(p => p.EngagementRate!.Value).ToArray(), color);
        scatter.MarkerSize = 7;
        scatter.LegendText = label;
    }
}
