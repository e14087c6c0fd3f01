using System.Globalization;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Reports;

/// <summary>
/// What the industry says about micro-influencers, checked against the brand's own data. Marketers arrive with
/// these figures from agency decks and benchmark reports; the report shows, beside each, what this workspace
/// measured, so the boss sees whether the brand's audiences behave like the folklore or not.
/// </summary>
public static class IndustryClaims
{
    /// <summary>The claims Clout was founded on (the product brief), in the order the report shows them.</summary>
    public static IReadOnlyList<IndustryClaim> All { get; } =
    [
        new("micro_engagement_rate", "micro-influencers engage 5–10 % of their followers",
            Metrics.EngagementRate, Tier.Micro, null, 0.05, 0.10),
        new("celebrity_engagement_rate", "celebrities engage 0.5–2 % of their followers",
            Metrics.EngagementRate, Tier.Celebrity, null, 0.005, 0.02),
        new("engagement_ratio", "micro-influencers engage 3–8x more per follower than celebrities",
            Metrics.EngagementRate, Tier.Micro, Tier.Celebrity, 3, 8),
        new("conversion_ratio", "micro-influencers' audiences convert 1.5–2x better than celebrities'",
            Metrics.ConversionRate, Tier.Micro, Tier.Celebrity, 1.5, 2),
    ];

    /// <summary>Each claim beside the report's measurement of it, with a finding a marketer can read out.</summary>
    public static IReadOnlyList<ClaimCheck> Check(IReadOnlyList<TierSummary> tiers, IReadOnlyList<TierContrast> contrasts)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentNullException.ThrowIfNull(contrasts);
        return [.. All.Select(claim => claim.Against is { } b ? CheckRatio(claim, b, contrasts) : CheckTier(claim, tiers))];
    }

    private static ClaimCheck CheckTier(IndustryClaim claim, IReadOnlyList<TierSummary> tiers)
    {
        var estimate = tiers.FirstOrDefault(t => t.Tier == claim.Tier)?.Metrics.GetValueOrDefault(claim.Metric.Name);
        if (estimate is null)
        {
            return new(claim, null, null, null, 0, ClaimFinding.NotMeasured, $"{Claimed(claim)}: not measured yet");
        }
        var figures = $"{Percent(estimate.Value)} % [{Percent(estimate.Low)}–{Percent(estimate.High)} %]";
        if (estimate.N < MinimumEvidence.MinInfluencers || !estimate.HasInterval)
        {
            return new(claim, estimate.Value, estimate.Low, estimate.High, estimate.N, ClaimFinding.NotEnoughData,
                string.Create(CultureInfo.InvariantCulture, $"{Claimed(claim)}: not enough data (n = {estimate.N}, need {MinimumEvidence.MinInfluencers} influencers)"));
        }
        if (estimate.High - estimate.Low > estimate.Value)
        {
            // The contrasts' precision rule: an interval wider than the figure touches almost any claimed range.
            return new(claim, estimate.Value, estimate.Low, estimate.High, estimate.N, ClaimFinding.NotEnoughData,
                $"{Claimed(claim)}: not enough data (yours {figures}, too uncertain to hold against the claim)");
        }
        var finding = Compare(estimate.Low!.Value, estimate.High!.Value, claim);
        return new(claim, estimate.Value, estimate.Low, estimate.High, estimate.N, finding,
            $"{Claimed(claim)}: yours engaged {figures} of their followers (median, n = {estimate.N.ToString(CultureInfo.InvariantCulture)}), {Words(finding)}");
    }

    private static ClaimCheck CheckRatio(IndustryClaim claim, Tier against, IReadOnlyList<TierContrast> contrasts)
    {
        var contrast = contrasts.FirstOrDefault(c => c.Metric == claim.Metric.Name && c.A == claim.Tier && c.B == against);
        if (contrast is null)
        {
            return new(claim, null, null, null, 0, ClaimFinding.NotMeasured, $"{Claimed(claim)}: not measured yet");
        }
        var n = Math.Min(contrast.Result?.NA ?? 0, contrast.Result?.NB ?? 0);
        if (contrast.Result is not { } result || contrast.Reading is ContrastReading.NotEnoughData or ContrastReading.NoRatio)
        {
            return new(claim, contrast.Result?.Ratio, contrast.Result?.Low, contrast.Result?.High, n, ClaimFinding.NotEnoughData,
                $"{Claimed(claim)}: not enough data ({contrast.Verdict})");
        }
        var finding = Compare(result.Low, result.High, claim);
        var figures = string.Create(CultureInfo.InvariantCulture, $"{TierReportBuilder.Fmt(result.Ratio)}x [{TierReportBuilder.Fmt(result.Low)}–{TierReportBuilder.Fmt(result.High)}]");
        return new(claim, result.Ratio, result.Low, result.High, n, finding, $"{Claimed(claim)}: yours {figures}, {Words(finding)}");
    }

    /// <summary>An interval that overlaps the claimed range is consistent with it; only one wholly outside contradicts it.</summary>
    private static ClaimFinding Compare(double low, double high, IndustryClaim claim) =>
        high < claim.Low ? ClaimFinding.BelowClaim
        : low > claim.High ? ClaimFinding.AboveClaim
        : ClaimFinding.Consistent;

    private static string Claimed(IndustryClaim claim) => $"claim: {claim.Text}";

    private static string Words(ClaimFinding finding) => finding switch
    {
        ClaimFinding.BelowClaim => "below the claim",
        ClaimFinding.AboveClaim => "above the claim",
        _ => "consistent with the claim",
    };

    private static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString(f >= 0.1 ? "0" : "0.0", CultureInfo.InvariantCulture) : "?";

}

/// <summary>
/// One industry claim: a tier's median (<see cref="Against"/> null) or the ratio of two tiers' medians lies in
/// [<see cref="Low"/>, <see cref="High"/>] (fractions for rates, times for ratios).
/// </summary>
public sealed record IndustryClaim(string Id, string Text, MetricDefinition Metric, Tier Tier, Tier? Against, double Low, double High);

/// <summary>A claim beside the measurement: the value with its 95 % interval, the smaller side's n, and the finding.</summary>
public sealed record ClaimCheck(IndustryClaim Claim, double? Value, double? Low, double? High, int N, ClaimFinding Finding, string Sentence);

/// <summary>What the brand's data say about a claim.</summary>
public enum ClaimFinding
{
    /// <summary>The report has no figure for it (e.g. no orders yet for a conversion claim).</summary>
    NotMeasured,

    /// <summary>Too few influencers, or an interval too wide to hold against the claim.</summary>
    NotEnoughData,

    /// <summary>The 95 % interval overlaps the claimed range.</summary>
    Consistent,

    /// <summary>The whole interval lies below the claimed range.</summary>
    BelowClaim,

    /// <summary>The whole interval lies above the claimed range.</summary>
    AboveClaim,
}
