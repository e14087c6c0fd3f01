using Clout.Presentation;
using Clout.Storage.Campaigns;
using ScottPlot;

namespace Clout.Dashboard.Campaigns;

/// <summary>The campaign page's chart, drawn by ScottPlot in the style of every Clout chart.</summary>
public static class CampaignChart
{
    /// <summary>Human clicks per day as bars and credited orders per day as a line on its own axis.</summary>
    public static string Timeline(string campaign, IReadOnlyList<DailyActivity> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var plot = ChartStyle.NewPlot();
        if (days.Count > 0)
        {
            var xs = days.Select(d => d.DayUtc.ToOADate()).ToArray();
            var bars = plot.Add.Bars(xs, days.Select(d => (double)d.Clicks).ToArray());
            bars.Color = ChartStyle.Muted;
            bars.LegendText = "human clicks";
            foreach (var bar in bars.Bars)
            {
                bar.Size = 0.8; // days
            }
            var orders = plot.Add.ScatterLine(xs, days.Select(d => (double)d.Orders).ToArray(), ChartStyle.Accent);
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
            return plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height);
        }
        plot.Axes.DateTimeTicksBottom().TickGenerator = new ScottPlot.TickGenerators.DateTimeAutomatic { LabelFormatter = Format.Date };
        plot.Axes.Margins(bottom: 0);
        plot.Title($"{campaign}: clicks and orders per day");
        return plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height);
    }
}
