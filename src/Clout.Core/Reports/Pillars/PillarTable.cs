using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Reports.Pillars;

/// <summary>
/// The six questions the overview and the shareable report answer, micro-influencers against celebrities, one row each.
/// Shared by the dashboard and the PDF so both show the same rows.
/// </summary>
public static class PillarTable
{
    public static Pillar Engagement { get; } = new("engagement", "Engagement", "Do their followers engage?",
        [Metrics.EngagementRate, Metrics.EngagementRateByReach, Metrics.DialogueRate]);

    /// <summary>Every survey metric: scales added to the survey (closeness, authenticity) join the trust row by themselves.</summary>
    public static Pillar Trust { get; } = new("trust", "Trust", "Do their audiences trust and recommend?", Metrics.Survey);

    public static Pillar Conversion { get; } = new("conversion", "Conversion", "Do visitors buy?",
        [Metrics.ConversionRate]);

    public static Pillar Money { get; } = new("money", "Money", "What does an order cost, and does it pay back?",
        [Metrics.Cpa, Metrics.Roas, Metrics.Roi]);

    public static Pillar Loyalty { get; } = new("loyalty", "Loyalty", "Do their customers come back?",
        [Metrics.RepeatRate, Metrics.SpikeShare]);

    public static Pillar AudienceQuality { get; } = new("audience-quality", "Audience quality", "Are their followers real?",
        [Metrics.QualityScore, Metrics.FakeShare]);

    public static IReadOnlyList<Pillar> All { get; } = [Engagement, Trust, Conversion, Money, Loyalty, AudienceQuality];

    /// <summary>Each pillar for <paramref name="a"/> against <paramref name="b"/>, with the figures and contrasts the report holds.</summary>
    public static IReadOnlyList<PillarRow> Of(TierReport report, Tier a = Tier.Micro, Tier b = Tier.Celebrity)
    {
        ArgumentNullException.ThrowIfNull(report);
        var tierA = report.Tiers.FirstOrDefault(t => t.Tier == a);
        var tierB = report.Tiers.FirstOrDefault(t => t.Tier == b);
        return [.. All.Select(pillar =>
        {
            var metrics = new List<PillarMetric>();
            foreach (var metric in pillar.Metrics)
            {
                var estimateA = tierA?.Metrics.GetValueOrDefault(metric.Name);
                var estimateB = tierB?.Metrics.GetValueOrDefault(metric.Name);
                if (estimateA is null && estimateB is null)
                {
                    continue;
                }
                var contrast = report.Contrasts.FirstOrDefault(c => c.Metric == metric.Name && c.A == a && c.B == b);
                metrics.Add(new PillarMetric(metric, estimateA, estimateB, contrast, OutcomeOf(metric, contrast)));
            }
            return new PillarRow(pillar, a, b, metrics, Headline(metrics));
        })];
    }

    private static PillarOutcome OutcomeOf(MetricDefinition metric, TierContrast? contrast) => contrast?.Reading switch
    {
        ContrastReading.ABetter => PillarOutcome.AAhead,
        ContrastReading.BBetter => PillarOutcome.BAhead,
        null when !metric.RatioScale => PillarOutcome.FiguresOnly,
        _ => PillarOutcome.NotEnoughData,
    };

    /// <summary>Ahead when the pillar's winners all name one tier, mixed when they name both; otherwise no winner.</summary>
    private static PillarOutcome Headline(List<PillarMetric> metrics)
    {
        if (metrics.Count == 0)
        {
            return PillarOutcome.NotMeasured;
        }
        var aAhead = metrics.Any(m => m.Outcome == PillarOutcome.AAhead);
        var bAhead = metrics.Any(m => m.Outcome == PillarOutcome.BAhead);
        return (aAhead, bAhead) switch
        {
            (true, true) => PillarOutcome.Mixed,
            (true, false) => PillarOutcome.AAhead,
            (false, true) => PillarOutcome.BAhead,
            _ when metrics.All(m => m.Outcome == PillarOutcome.FiguresOnly) => PillarOutcome.FiguresOnly,
            _ => PillarOutcome.NotEnoughData,
        };
    }
}
