namespace Clout.Core.Reports.Pillars;

/// <summary>What a pillar, or one metric of it, says about tier A against tier B.</summary>
public enum PillarOutcome
{
    /// <summary>No tier has a figure for it in this scope.</summary>
    NotMeasured,

    /// <summary>Figures, but no contrast names a winner (too few influencers, or an interval across 1).</summary>
    NotEnoughData,

    /// <summary>Figures side by side without a ratio: a metric that can be 0 or negative (ROI, NPS).</summary>
    FiguresOnly,

    /// <summary>Tier A is ahead on every metric that names a winner.</summary>
    AAhead,

    /// <summary>Tier B is ahead on every metric that names a winner.</summary>
    BAhead,

    /// <summary>Each tier is ahead on some metric.</summary>
    Mixed,
}
