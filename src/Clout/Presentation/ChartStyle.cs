using ScottPlot;

namespace Clout.Presentation;

/// <summary>
/// What every Clout chart shares, on the dashboard and in the shareable report: its size, the palette (the accent for
/// micro-influencers and the best plan, grey for the rest), a sans-serif face, and whiskers for 95 % intervals.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 720;
    public const int Height = 360;

    public static readonly Color Ink = Color.FromHex("#1f2937");
    public static readonly Color Accent = Color.FromHex("#4f46e5");
    public static readonly Color Muted = Color.FromHex("#9ca3af");
    public static readonly Color Sponsored = Color.FromHex("#f59e0b");

    /// <summary>The first sans-serif face installed: ScottPlot's own choice resolves to DejaVu Serif on Debian.</summary>
    private static readonly string SansFont =
        new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica" }
            .FirstOrDefault(name => SkiaSharp.SKFontManager.Default.MatchFamily(name) is not null) ?? Fonts.Sans;

    public static Plot NewPlot()
    {
        var plot = new Plot();
        plot.Font.Set(SansFont);
        return plot;
    }

    /// <summary>
    /// A vertical interval from <paramref name="low"/> to <paramref name="high"/> with caps, drawn as lines: bootstrap
    /// and simulated intervals are asymmetric, which ScottPlot's bar errors are not.
    /// </summary>
    public static void Whisker(Plot plot, double x, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(plot);
        const double Cap = 0.12;
        foreach (var (x1, y1, x2, y2) in new[] { (x, low, x, high), (x - Cap, low, x + Cap, low), (x - Cap, high, x + Cap, high) })
        {
            var line = plot.Add.Line(x1, y1, x2, y2);
            line.Color = Ink;
            line.LineWidth = 2;
        }
    }
}
