using System.Text.Json.Serialization;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Reports;

/// <summary>
/// The tier report as DESIGN §3 shapes it; rates are fractions, money is in major units of <see cref="Currency"/>
/// (present when there are money metrics). A metric without data is absent.
/// </summary>
public sealed record TierReportResponse(
    string Workspace,
    DateTime? From,
    DateTime? To,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency,
    IReadOnlyList<TierResponse> Tiers,
    IReadOnlyList<ContrastResponse> Contrasts)
{
    public static TierReportResponse Of(TierReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Workspace, report.FromUtc, report.ToUtc, report.Currency,
            [.. report.Tiers.Select(t => new TierResponse(t.Tier.ToName(), t.Influencers, t.Posts,
                t.Metrics.ToDictionary(m => m.Key, m => EstimateResponse.Of(m.Value))))],
            [.. report.Contrasts.Select(ContrastResponse.Of)]);
    }
}

public sealed record TierResponse(string Tier, int Influencers, int Posts, IReadOnlyDictionary<string, EstimateResponse> Metrics);

public sealed record EstimateResponse(
    double Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Low,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? High,
    int N)
{
    public static EstimateResponse Of(Estimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return new(estimate.Value, estimate.Low, estimate.High, estimate.N);
    }
}

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
    string Verdict)
{
    public static ContrastResponse Of(TierContrast contrast)
    {
        ArgumentNullException.ThrowIfNull(contrast);
        var r = contrast.Result;
        return new(contrast.Metric, contrast.A.ToName(), contrast.B.ToName(), r?.Ratio, r?.Low, r?.High, r?.ProbabilityABetter, r?.NA, r?.NB, contrast.Verdict);
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
