using Clout.Core.Surveys;
using Clout.Presentation;
using ScottPlot;

namespace Clout.Dashboard.Surveys;

/// <summary>The survey results page's chart of each choice question, drawn by ScottPlot in the style of every Clout chart.</summary>
public static class SurveyChart
{
    /// <summary>Bars in a survey question's chart: a roster question lists every influencer, of whom a handful get answers.</summary>
    public const int MaxBars = 15;

    /// <summary>
    /// The answers a question's chart shows, top first: all of them, in the survey's order, when they fit; else the
    /// <see cref="MaxBars"/> most chosen.
    /// </summary>
    public static IReadOnlyList<OptionResult> ChartedOptions(QuestionResult question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Options.Count <= MaxBars
            ? question.Options
            : [.. question.Options.Where(o => o.Count > 0).OrderByDescending(o => o.Count).Take(MaxBars)];
    }

    /// <summary>Height of a survey question's chart: a band per bar.</summary>
    public static int Height(QuestionResult question) => 100 + (Math.Max(ChartedOptions(question).Count, 2) * 28);

    /// <summary>One horizontal bar per answer of a choice question: its share of respondents with the Wilson 95 % interval.</summary>
    public static string Shares(QuestionResult question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var plot = ChartStyle.NewPlot();
        // First bar at the top, as in the table beside it.
        var charted = ChartedOptions(question);
        var options = charted.Reverse().ToList();
        var bars = new List<Bar>();
        for (var i = 0; i < options.Count; i++)
        {
            bars.Add(new Bar { Position = i, Value = options[i].Share?.Value ?? 0, FillColor = ChartStyle.Accent, Orientation = Orientation.Horizontal });
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
        return plot.GetSvgXml(ChartStyle.Width, Height(question));
    }

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..39] + "…";

    private static void HorizontalWhisker(Plot plot, double y, double low, double high)
    {
        const double Cap = 0.15;
        foreach (var (x1, y1, x2, y2) in new[] { (low, y, high, y), (low, y - Cap, low, y + Cap), (high, y - Cap, high, y + Cap) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.Color = ChartStyle.Ink;
            line.LineWidth = 2;
        }
    }
}
