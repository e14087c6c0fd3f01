using Clout.Access;
using Clout.Core.Campaigns;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Presentation;
using Clout.Storage.Reads;
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
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("The tier report: per tier, each metric's median over influencers with its 95 % bootstrap interval, and micro-vs-celebrity contrasts")
            .WithDescription("format=json (default) gives the report as JSON, as `clout report tiers --format json` writes it; format=html a self-contained page to share, format=pdf the same page printed to A4 by headless Chromium (503 when the server has none).");
        reports.MapGet("/conversions", GetConversionsAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Per influencer with collaborations in scope: clicks, visitors, orders, the conversion rate with its 95 % Wilson interval, and the money metrics");
        reports.MapGet("/campaigns", GetCampaignsAsync)
            .WithSummary("Per campaign: cost (fees, product costs, commissions), credited revenue and orders, human clicks, impressions and engagements of its posts, and ROAS, ROI, CPM, CPE, CPC, CPA");
        reports.MapLeaderboard();
        return api;
    }

    private static async Task<Ok<CampaignEconomicsListResponse>> GetCampaignsAsync(CampaignEconomicsQuery query, CancellationToken cancellationToken)
    {
        var (campaigns, currency, margin) = await query.LoadAsync(cancellationToken);
        return TypedResults.Ok(new CampaignEconomicsListResponse(currency, margin, [.. campaigns.Select(c => CampaignEconomicsResponse.Of(c, margin))]));
    }

    private static async Task<Results<Ok<TierReportResponse>, FileContentHttpResult, ProblemHttpResult>> GetTierReportAsync(
        TierReportCache query, TierReportExport export, string? campaign, DateTime? from, DateTime? to,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "repeat_window")] int? repeatWindow, string? format, CancellationToken cancellationToken)
    {
        if (format is not null && !format.Equals("json", StringComparison.OrdinalIgnoreCase) && !TierReportExport.IsFileFormat(format))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format",
                detail: $"Unknown format '{format}': use json, {string.Join(" or ", TierReportExport.Formats)}.");
        }
        var (filter, error) = ReportFilter.Create(campaign, from, to, repeatWindow);
        if (filter is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid report filter", detail: error);
        }
        var report = await query.BuildAsync(filter, cancellationToken);
        if (!TierReportExport.IsFileFormat(format))
        {
            return TypedResults.Ok(TierReportResponse.Of(report));
        }
        var (file, problem) = await ExportAsync(export, report, format!, cancellationToken);
        return file is not null ? file : problem!;
    }

    /// <summary>
    /// The dashboard's download buttons: the same file as the API's format=html|pdf, for a signed-in user (the API
    /// itself takes API keys only, which a browser session does not hold).
    /// </summary>
    public static IEndpointRouteBuilder MapTierReportDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/tiers.{format}", DownloadTierReportAsync)
            .RequireAuthorization(AccessPolicies.Dashboard)
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Returns a plain <see cref="IResult"/> on purpose: a typed-results union marks the route as an API endpoint, for
    /// which ASP.NET Core 10's cookie handler answers 401 instead of sending a signed-out browser to the login page.
    /// </summary>
    private static async Task<IResult> DownloadTierReportAsync(
        string format, TierReportCache query, TierReportExport export, string? campaign, DateTime? from, DateTime? to,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "repeat_window")] int? repeatWindow, CancellationToken cancellationToken)
    {
        if (!TierReportExport.IsFileFormat(format))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format",
                detail: $"Unknown format '{format}': use {string.Join(" or ", TierReportExport.Formats)}.");
        }
        var (filter, error) = ReportFilter.Create(campaign, from, to, repeatWindow);
        if (filter is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid report filter", detail: error);
        }
        var (file, problem) = await ExportAsync(export, await query.BuildAsync(filter, cancellationToken), format, cancellationToken);
        return (IResult?)file ?? problem!;
    }

    /// <summary>The report file, or the problem that stopped it: the server cannot print (no Chromium, a time-out).</summary>
    private static async Task<(FileContentHttpResult? File, ProblemHttpResult? Problem)> ExportAsync(
        TierReportExport export, TierReport report, string format, CancellationToken cancellationToken)
    {
        try
        {
            var file = await export.ExportAsync(report, format, cancellationToken);
            return (TypedResults.File(file.Content, file.ContentType, file.FileName), null);
        }
        catch (PdfRenderingException e)
        {
            // The HTML format still works; the message names the setting to fix.
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The PDF could not be made", detail: e.Message));
        }
    }

    private static async Task<Results<Ok<ConversionListResponse>, ProblemHttpResult>> GetConversionsAsync(
        ConversionQuery query, string? campaign, DateTime? from, DateTime? to, CancellationToken cancellationToken)
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
