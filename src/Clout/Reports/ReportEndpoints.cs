using Clout.Core.Campaigns;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Reports;

public static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportEndpoints(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports");
        reports.MapGet("/tiers", GetTierReportAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("The tier report: per tier, each metric's median over influencers with its 95 % bootstrap interval, and micro-vs-celebrity contrasts");
        reports.MapGet("/conversions", GetConversionsAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Per influencer with collaborations in scope: clicks, visitors, orders, the conversion rate with its 95 % Wilson interval, and the money metrics");
        reports.MapGet("/campaigns", GetCampaignsAsync)
            .WithSummary("Per campaign: cost (fees, product costs, commissions), credited revenue and orders, human clicks, impressions and engagements of its posts, and ROAS, ROI, CPM, CPE, CPC, CPA");
        return api;
    }

    private static async Task<Ok<CampaignEconomicsListResponse>> GetCampaignsAsync(CampaignEconomicsQuery query, CancellationToken cancellationToken)
    {
        var (campaigns, currency, margin) = await query.LoadAsync(cancellationToken);
        return TypedResults.Ok(new CampaignEconomicsListResponse(currency, margin, [.. campaigns.Select(c => CampaignEconomicsResponse.Of(c, margin))]));
    }

    private static async Task<Results<Ok<TierReportResponse>, ProblemHttpResult>> GetTierReportAsync(
        TierReportQuery query, string? campaign, DateTime? from, DateTime? to,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "repeat_window")] int? repeatWindow, CancellationToken cancellationToken)
    {
        var (filter, error) = ReportFilter.Create(campaign, from, to, repeatWindow);
        if (filter is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid report filter", detail: error);
        }
        var report = await query.BuildAsync(filter, cancellationToken);
        return TypedResults.Ok(TierReportResponse.Of(report));
    }

    private static async Task<Results<Ok<ConversionListResponse>, ProblemHttpResult>> GetConversionsAsync(
        TierReportQuery query, string? campaign, DateTime? from, DateTime? to, CancellationToken cancellationToken)
    {
        var (filter, error) = ReportFilter.Create(campaign, from, to);
        if (filter is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid period", detail: error);
        }
        var (rows, currency) = await query.ConversionsAsync(filter, cancellationToken);
        return TypedResults.Ok(new ConversionListResponse(currency, [.. rows.Select(r => new InfluencerConversionResponse(
            r.Influencer.Id, r.Influencer.Handle, r.Influencer.Platform.ToName(), r.Influencer.Tier.ToName(),
            r.Conversion.Clicks, r.Conversion.UniqueVisitors, r.Conversion.Orders, ConversionUnits.Values(r.Conversion),
            r.Conversion.ConversionInterval is { } ci ? EstimateResponse.Of(ci) : null,
            Money.ToMajor((long)Math.Round(r.Conversion.CostMinor))))]));
    }
}
