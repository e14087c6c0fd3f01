using Clout.Core.Loyalty;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>Per-tier summaries and the contrasts between tiers, for one workspace and period.</summary>
public sealed record TierReport(
    string Workspace,
    DateTime? FromUtc,
    DateTime? ToUtc,
    IReadOnlyList<TierSummary> Tiers,
    IReadOnlyList<TierContrast> Contrasts)
{
    /// <summary>The currency of the money metrics (ISO 4217), null when there are none.</summary>
    public string? Currency { get; init; }

    /// <summary>The campaign the report is limited to, null for all of them: a shared file must say which it covers.</summary>
    public string? Campaign { get; init; }

    /// <summary>The industry's claims about micro-influencers beside this workspace's measurements.</summary>
    public IReadOnlyList<ClaimCheck> Claims { get; init; } = [];

    /// <summary>Spend, attributed revenue and orders of the whole programme in scope; null when no collaboration is in it.</summary>
    public ProgrammeTotals? Programme { get; init; }

    /// <summary>Repeat purchases per tier (pooled, with retention curves); null when the workspace records no customers.</summary>
    public RepeatPurchaseReport? Loyalty { get; init; }

    /// <summary>Every influencer's row the tiers were summarised from (the leaderboard's, and the "book again" lists').</summary>
    public IReadOnlyList<InfluencerUnit> Influencers { get; init; } = [];

    /// <summary>Posts by others credited to the campaigns in scope, per tier that sparked them (<see cref="UgcReport"/>); null without any.</summary>
    public UgcReport? Ugc { get; init; }
}

/// <summary>One tier: how many influencers and posts, and each metric's median over influencers.</summary>
public sealed record TierSummary(Tier Tier, int Influencers, int Posts, IReadOnlyDictionary<string, Estimate> Metrics);

/// <summary>
/// Tier A against tier B on one metric: the ratio with its interval (null without one), what it allows one to say
/// (<see cref="MinimumEvidence"/>), and the sentence a marketer can quote.
/// </summary>
public sealed record TierContrast(string Metric, Tier A, Tier B, Contrast? Result, ContrastReading Reading, string Verdict)
{
    /// <summary>True when the verdict names a winner.</summary>
    public bool NamesWinner => Reading is ContrastReading.ABetter or ContrastReading.BBetter;
}
