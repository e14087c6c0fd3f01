using Clout.Core.Reports;
using Clout.Core.Reports.Pillars;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Presentation;

/// <summary>
/// How a pillar's outcome reads on the dashboard and in the shareable report: a class for its colour and, so that
/// colour is never the only signal, an icon and a word.
/// </summary>
public static class PillarText
{
    public static (string Css, string Icon, string Word) Outcome(PillarOutcome outcome, Tier a, Tier b) => outcome switch
    {
        PillarOutcome.AAhead => ("win", "✔", $"{Capital(TierReportBuilder.Group(a))} ahead"),
        PillarOutcome.BAhead => ("loss", "✘", $"{Capital(TierReportBuilder.Group(b))} ahead"),
        PillarOutcome.Mixed => ("mixed", "⇄", "Mixed"),
        PillarOutcome.FiguresOnly => ("figures", "·", "Figures only"),
        PillarOutcome.NotMeasured => ("none", "–", "Not measured"),
        _ => ("unclear", "?", "Not enough data"),
    };

    /// <summary>"3.4x [2.1–4.0]": A's median over B's with its 95 % interval; "—" without a ratio.</summary>
    public static string Ratio(Contrast? contrast) => contrast is { } c
        ? $"{TierReportBuilder.Fmt(c.Ratio)}x [{TierReportBuilder.Fmt(c.Low)}–{TierReportBuilder.Fmt(c.High)}]"
        : Format.None;

    /// <summary>A tier's figure for a metric with its interval: "2.91 % [2.70 % – 3.30 %]"; "—" without one.</summary>
    public static string Figure(MetricDefinition metric, Estimate? estimate) =>
        estimate is null ? Format.None : $"{Format.Metric(metric, estimate.Value)} {Format.Interval(estimate, metric)}";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
