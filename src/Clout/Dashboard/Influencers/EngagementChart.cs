using Clout.Presentation;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using ScottPlot;

namespace Clout.Dashboard.Influencers;

/// <summary>The influencer page's chart, drawn by ScottPlot in the style of every Clout chart.</summary>
public static class EngagementChart
{
    private const int RollingWindow = 5; // posts in the moving median: smooths one-off virality, keeps trends

    /// <summary>Each post's engagement rate over time, sponsored posts highlighted, with a moving median.</summary>
    public static string OverTime(InfluencerSummary influencer, IReadOnlyList<PostEngagement> posts)
    {
        ArgumentNullException.ThrowIfNull(influencer);
        ArgumentNullException.ThrowIfNull(posts);
        var plot = ChartStyle.NewPlot();
        var rated = posts.Where(p => p.EngagementRate is not null).OrderBy(p => p.PublishedAtUtc).ToList();
        AddPoints(plot, rated.Where(p => !p.Sponsored).ToList(), ChartStyle.Accent, "organic");
        AddPoints(plot, rated.Where(p => p.Sponsored).ToList(), ChartStyle.Sponsored, "sponsored");
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
            var line = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), ChartStyle.Ink);
            line.LineWidth = 2;
            line.LegendText = $"moving median of {RollingWindow} posts";
        }
        plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = Format.Date };
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = v => Format.Percent(v) };
        plot.Title($"@{influencer.Handle}: engagement rate by followers, per post");
        plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height);
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
