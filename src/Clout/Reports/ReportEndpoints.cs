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
        return api;
    }

    private static async Task<Results<Ok<TierReportResponse>, ProblemHttpResult>> GetTierReportAsync(
        TierReportQuery query, string? campaign, DateTime? from, DateTime? to, CancellationToken cancellationToken)
    {
        var (filter, error) = ReportFilter.Create(campaign, from, to);
        if (filter is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid period", detail: error);
        }
        var report = await query.BuildAsync(filter, cancellationToken);
        return TypedResults.Ok(TierReportResponse.Of(report));
    }
}
