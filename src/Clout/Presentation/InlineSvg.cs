using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace Clout.Presentation;

/// <summary>
/// A ScottPlot chart made fit to sit inside a page, on the dashboard and in the shareable report alike: without its
/// XML prologue; scaled by a <c>viewBox</c> to the width of its box; its ids prefixed, so that two charts of one page
/// never clip each other; named for screen readers; and with an invisible hover area per bar or point whose
/// <c>&lt;title&gt;</c> the browser shows as a tooltip. ScottPlot writes presentation attributes, never <c>style</c>,
/// so the page's content security policy (no inline styles) lets it in.
/// </summary>
internal static partial class InlineSvg
{
    /// <summary>What hovering shows: a rectangle of the chart, in pixels of the drawn plot, and its words.</summary>
    public sealed record Mark(double Left, double Top, double Width, double Height, string Title);

    /// <summary>The side of a point's hover square, in pixels of the 720 × 360 drawing: easy to find with a mouse.</summary>
    public const double PointTarget = 10;

    /// <param name="marks">The hover areas, asked for once the plot is drawn (pixels exist only then).</param>
    public static string Of(Plot plot, string id, string label, Func<Plot, IEnumerable<Mark>> marks)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(marks);
        var svg = plot.GetSvgXml(ChartStyle.Width, ChartStyle.Height);
        svg = svg[svg.IndexOf("<svg", StringComparison.Ordinal)..];
        foreach (var found in IdAttribute().Matches(svg).Select(m => m.Groups[1].Value).Distinct().ToList())
        {
            svg = svg.Replace($"id=\"{found}\"", $"id=\"{id}-{found}\"", StringComparison.Ordinal)
                .Replace($"url(#{found})", $"url(#{id}-{found})", StringComparison.Ordinal);
        }
        var rootEnd = svg.IndexOf('>', StringComparison.Ordinal);
        var root = string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {ChartStyle.Width} {ChartStyle.Height}\" class=\"chart-svg\" role=\"img\" aria-label=\"{Escape(label)}\">");
        var text = new StringBuilder(root, svg.Length + 2_048);
        text.Append("<title>").Append(Escape(label)).Append("</title>");
        var closing = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        text.Append(svg, rootEnd + 1, closing - rootEnd - 1);
        // Last, so that they lie on top of everything drawn; invisible but painted, so the pointer finds them.
        foreach (var mark in marks(plot))
        {
            text.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"chart-hover\" x=\"{mark.Left:0.#}\" y=\"{mark.Top:0.#}\" width=\"{mark.Width:0.#}\" height=\"{mark.Height:0.#}\" fill=\"#000\" fill-opacity=\"0\"><title>{Escape(mark.Title)}</title></rect>");
        }
        return text.Append("</svg>").ToString();
    }

    /// <summary>The hover area of a point: a small square around it.</summary>
    public static Mark Point(Plot plot, double x, double y, string title)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var pixel = plot.GetPixel(new Coordinates(x, y));
        return new Mark(pixel.X - (PointTarget / 2), pixel.Y - (PointTarget / 2), PointTarget, PointTarget, title);
    }

    /// <summary>The hover area of a bar: its whole column, from the top of the plot to the bottom, so short bars are found too.</summary>
    public static Mark Column(Plot plot, double from, double to, string title)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var limits = plot.Axes.GetLimits();
        var topLeft = plot.GetPixel(new Coordinates(from, limits.Top));
        var bottomRight = plot.GetPixel(new Coordinates(to, limits.Bottom));
        return new Mark(topLeft.X, topLeft.Y, bottomRight.X - topLeft.X, bottomRight.Y - topLeft.Y, title);
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex("id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
