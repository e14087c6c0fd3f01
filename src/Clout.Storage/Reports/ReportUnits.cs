using Clout.Core.Loyalty;
using Clout.Core.Reports;

namespace Clout.Storage.Reports;

/// <summary>
/// Every influencer's row of the tier report for one filter, with the workspace's name, the currency of its money metrics (null without any),
/// the workspace's gross margin (null when not set: no ROI) and the loyalty read beside them.
/// </summary>
public sealed record ReportUnits(string Workspace, IReadOnlyList<InfluencerUnit> Units, string? Currency, double? GrossMargin, RepeatPurchaseReport Loyalty)
{
    /// <summary>The programme's spend, revenue and orders over every influencer in scope; null without conversions.</summary>
    public ProgrammeTotals? Programme { get; init; }

    /// <summary>User-generated content in scope per tier; null when there is none.</summary>
    public UgcReport? Ugc { get; init; }
}
