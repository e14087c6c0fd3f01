using Clout.Core.Roster;

namespace Clout.Core.Reports.Pillars;

/// <summary>A pillar for tier A against tier B: the metrics the report holds for it, and the pillar's headline outcome.</summary>
public sealed record PillarRow(Pillar Pillar, Tier A, Tier B, IReadOnlyList<PillarMetric> Metrics, PillarOutcome Outcome)
{
    /// <summary>The verdict that sums the pillar up: the first contrast that names a winner, else the lead metric's.</summary>
    public TierContrast? Headline =>
        Metrics.Select(m => m.Contrast).FirstOrDefault(c => c is { NamesWinner: true })
        ?? Metrics.Select(m => m.Contrast).FirstOrDefault(c => c is not null);
}
