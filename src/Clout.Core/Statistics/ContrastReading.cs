namespace Clout.Core.Statistics;

/// <summary>What a contrast of A against B allows a marketer to say.</summary>
public enum ContrastReading
{
    /// <summary>Too few influencers on a side, or an interval that includes 1 and is too wide to quote (<see cref="MinimumEvidence"/>).</summary>
    NotEnoughData,

    /// <summary>Enough influencers on both sides, but no ratio to give: B's summary is 0 (or, for pooled counts, a side has no successes and Katz has no interval).</summary>
    NoRatio,

    /// <summary>A precise interval that includes 1: either tier could be ahead.</summary>
    NoClearDifference,

    /// <summary>A is better: higher, or lower for a cost; the interval excludes 1.</summary>
    ABetter,

    /// <summary>B is better: higher, or lower for a cost.</summary>
    BBetter,
}
