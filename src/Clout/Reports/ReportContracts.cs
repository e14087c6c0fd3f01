using System.Text.Json.Serialization;
using Clout.Core.Campaigns;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using Clout.Presentation;

namespace Clout.Reports;

/// <summary>
/// The tier report as JSON, the same from `clout report tiers --format json` and `GET /api/v1/reports/tiers`; rates
/// are fractions, money is in major units of <see cref="Currency"/> (present when there are money metrics). A metric
/// without data is absent.
/// </summary>
public sealed record TierReportResponse(
    string Workspace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Campaign,
    DateTime? From,
    DateTime? To,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency,
    IReadOnlyList<TierResponse> Tiers,
    IReadOnlyList<ContrastResponse> Contrasts,
    IReadOnlyList<ClaimResponse> Claims,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LoyaltyResponse? Loyalty)
{
    /// <summary>User-generated content in scope, per tier that sparked it; absent when there is none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public UgcResponse? Ugc { get; init; }

    public static TierReportResponse Of(TierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Workspace, report.Campaign, report.FromUtc, report.ToUtc, report.Currency,
            [.. report.Tiers.Select(t => new TierResponse(t.Tier.ToName(), t.Influencers, t.Posts,
                t.Metrics.ToDictionary(m => m.Key, m => EstimateResponse.Of(m.Value))))],
            [.. report.Contrasts.Select(ContrastResponse.Of)],
            [.. report.Claims.Select(ClaimResponse.Of)],
            report.Loyalty is { } loyalty ? LoyaltyResponse.Of(loyalty) : null)
        {
            Ugc = report.Ugc is { } ugc ? UgcResponse.Of(ugc) : null,
        };
    }
}

/// <summary>
/// Posts by accounts off the roster credited to the campaigns in scope: in all and per tier of the influencer whose
/// promo code or link each carries; tier "campaign-wide" holds those credited by the hashtag or the named campaign alone.
/// Engagement = likes + comments + shares.
/// </summary>
public sealed record UgcResponse(int Posts, double Engagement, double? EngagementPerPost, IReadOnlyList<UgcTierResponse> Tiers)
{
    /// <summary>The name of the line no tier earned.</summary>
    public const string CampaignWide = "campaign-wide";

    public static UgcResponse Of(UgcReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Posts, report.Engagement, report.EngagementPerPost,
            [.. report.Tiers.Select(t => new UgcTierResponse(TierName(t), t.Posts, t.Engagement, t.EngagementPerPost))]);
    }

    public static string TierName(UgcTierLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Tier?.ToName() ?? CampaignWide;
    }
}

public sealed record UgcTierResponse(string Tier, int Posts, double Engagement, double? EngagementPerPost);

/// <summary>
/// Repeat purchases per tier, pooled over the tier's first-time customers (Wilson interval), with the retention
/// curve: <c>retention[d − 1]</c> is the share who had ordered again within d days. <c>too_recent</c> counts the
/// customers left out because their window had not ended by <c>as_of</c>.
/// </summary>
public sealed record LoyaltyResponse(int WindowDays, DateTime AsOf, int TooRecent, IReadOnlyList<TierLoyaltyResponse> Tiers)
{
    public static LoyaltyResponse Of(Core.Loyalty.RepeatPurchaseReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.WindowDays, report.AsOfUtc, report.TooRecent, [.. report.Tiers.Select(t => new TierLoyaltyResponse(
            t.Tier.ToName(), t.Influencers, t.Repeat.Customers, t.Repeat.Repeaters,
            t.Repeat.Rate is { } rate ? EstimateResponse.Of(rate) : null, t.Curve.Shares))]);
    }
}

public sealed record TierLoyaltyResponse(
    string Tier,
    int Influencers,
    int Customers,
    int Repeaters,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EstimateResponse? RepeatRate,
    IReadOnlyList<double> Retention);

/// <summary>
/// An industry claim beside the measurement: the claimed range (fractions for a tier's rate, times for a ratio of
/// tiers), the measured value with its 95 % interval, and the finding: not_measured, not_enough_data, consistent,
/// below_claim or above_claim.
/// </summary>
public sealed record ClaimResponse(
    string Id,
    string Claim,
    string Metric,
    string Tier,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Against,
    double ClaimedLow,
    double ClaimedHigh,
    double? Value,
    double? Low,
    double? High,
    int N,
    string Finding,
    string Sentence)
{
    public static ClaimResponse Of(ClaimCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var claim = check.Claim;
        return new(claim.Id, claim.Text, claim.Metric.Name, claim.Tier.ToName(), claim.Against?.ToName(), claim.Low, claim.High,
            check.Value, check.Low, check.High, check.N, FindingName(check.Finding), check.Sentence);
    }

    public static string FindingName(ClaimFinding finding) => finding switch
    {
        ClaimFinding.NotMeasured => "not_measured",
        ClaimFinding.NotEnoughData => "not_enough_data",
        ClaimFinding.Consistent => "consistent",
        ClaimFinding.BelowClaim => "below_claim",
        ClaimFinding.AboveClaim => "above_claim",
        _ => throw new ArgumentOutOfRangeException(nameof(finding), finding, null),
    };
}

public sealed record TierResponse(string Tier, int Influencers, int Posts, IReadOnlyDictionary<string, EstimateResponse> Metrics);

public sealed record ContrastResponse(
    string Metric,
    string A,
    string B,
    double? Ratio,
    double? Low,
    double? High,
    [property: JsonPropertyName("p_a_better")] double? PABetter,
    [property: JsonPropertyName("n_a")] int? NA,
    [property: JsonPropertyName("n_b")] int? NB,
    string Reading,
    string Verdict)
{
    /// <summary>The reading as the contract spells it: not_enough_data, no_ratio, no_clear_difference, a_better, b_better.</summary>
    public static string ReadingName(ContrastReading reading) => reading switch
    {
        ContrastReading.NotEnoughData => "not_enough_data",
        ContrastReading.NoRatio => "no_ratio",
        ContrastReading.NoClearDifference => "no_clear_difference",
        ContrastReading.ABetter => "a_better",
        ContrastReading.BBetter => "b_better",
        _ => throw new ArgumentOutOfRangeException(nameof(reading), reading, null),
    };

    public static ContrastResponse Of(TierContrast contrast)
    {
        ArgumentNullException.ThrowIfNull(contrast);
        var r = contrast.Result;
        return new(contrast.Metric, contrast.A.ToName(), contrast.B.ToName(), r?.Ratio, r?.Low, r?.High, r?.ProbabilityABetter, r?.NA, r?.NB, ReadingName(contrast.Reading), contrast.Verdict);
    }
}

/// <summary>One influencer's conversions in the period, with the conversion rate's 95 % Wilson interval.</summary>
public sealed record InfluencerConversionResponse(
    long Id,
    string Handle,
    string Platform,
    string Tier,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Clicks,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? UniqueVisitors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Orders,
    IReadOnlyDictionary<string, double> Metrics,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] EstimateResponse? ConversionRate,
    decimal Cost);

public sealed record ConversionListResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency,
    IReadOnlyList<InfluencerConversionResponse> Influencers);

/// <summary>
/// Cost and return per campaign; money in major units of <see cref="Currency"/>. ROI only with the workspace's gross
/// margin set; a ratio without its denominator (no impressions, clicks or orders) is absent.
/// </summary>
public sealed record CampaignEconomicsListResponse(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? GrossMargin,
    IReadOnlyList<CampaignEconomicsResponse> Campaigns);

public sealed record CampaignEconomicsResponse(
    long Id,
    string Campaign,
    int Collaborations,
    decimal? Cost,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Revenue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Orders,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Clicks,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Impressions,
    double Engagements,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Roas,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Roi,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Cpm,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Cpe,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Cpc,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Cpa)
{
    public static CampaignEconomicsResponse Of(CampaignEconomics c, double? grossMargin)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.CampaignId, c.Campaign, c.Collaborations, Major(c.CostMinor), c.RevenueMinor is { } revenue ? Money.ToMajor(revenue) : null, c.Orders, c.Clicks,
            c.Impressions, c.Engagements, c.Roas, c.Roi(grossMargin), Major(c.CpmMinor), Major(c.CpeMinor), Major(c.CpcMinor), Major(c.CpaMinor));
    }

    /// <summary>Minor units (possibly fractional, from commissions and ratios) to major units, rounded to the cent.</summary>
    private static decimal? Major(double? minor) => minor is { } m ? Money.ToMajor(m) : null;
}
