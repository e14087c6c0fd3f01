using Clout.Access;
using Clout.Storage.Reports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Reports;

/// <summary>The leaderboard: every influencer with its figures and flags, as JSON or CSV, for the API and the dashboard.</summary>
public static class LeaderboardEndpoints
{
    public static RouteGroupBuilder MapLeaderboard(this RouteGroupBuilder reports)
    {
        reports.MapGet("/influencers", GetAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .WithSummary("Per influencer: tier, platform, cost, every metric of the tier report with n and 95 % interval where they exist, and flags (low_roas, low_audience_quality, skeptical_comments); with the five to book again and the five not to")
            .WithDescription("Filters: from and to (a half-open UTC period), campaign, tier, platform, q (text in the handle or name). sort: handle, display_name, tier, platform, posts, cost or any metric name (roas, cpa …), dir asc or desc; influencers without the figure come last either way. format=json (default) or csv (the same figures, docs/reports.md).");
        return reports;
    }

    /// <summary>The page's "Download CSV": the API's format=csv for a signed-in user (the API takes API keys only).</summary>
    public static IEndpointRouteBuilder MapLeaderboardDownload(this IEndpointRouteBuilder app)
    {
        app.MapGet("/leaderboard.csv", DownloadAsync)
            .RequireAuthorization(AccessPolicies.Dashboard)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<LeaderboardResponse>, FileContentHttpResult, ProblemHttpResult>> GetAsync(
        TierReportCache query, string? campaign, string? from, string? to, string? tier, string? platform, string? q,
        string? sort, string? dir, string? format, CancellationToken cancellationToken)
    {
        var csv = format?.Trim().ToLowerInvariant() switch
        {
            null or "" or "json" => false,
            "csv" => true,
            _ => (bool?)null,
        };
        if (csv is null)
        {
            return Refuse($"'format' must be json or csv, not '{format}'");
        }
        var (leaderboard, error) = await ReadAsync(query, campaign, from, to, tier, platform, q, sort, dir, cancellationToken);
        if (leaderboard is null)
        {
            return Refuse(error!);
        }
        return csv.Value ? File(leaderboard) : TypedResults.Ok(leaderboard);
    }

    /// <summary>A plain <see cref="IResult"/>, like the report download: a typed union would make a signed-out browser get 401, not the login page.</summary>
    private static async Task<IResult> DownloadAsync(
        TierReportCache query, string? campaign, string? from, string? to, string? tier, string? platform, string? q,
        string? sort, string? dir, CancellationToken cancellationToken)
    {
        var (leaderboard, error) = await ReadAsync(query, campaign, from, to, tier, platform, q, sort, dir, cancellationToken);
        return leaderboard is null ? Refuse(error!) : File(leaderboard);
    }

    /// <summary>The leaderboard for the parameters, or the message naming the one that is wrong.</summary>
    public static async Task<(LeaderboardResponse? Leaderboard, string? Error)> ReadAsync(
        TierReportCache query, string? campaign, string? from, string? to, string? tier, string? platform, string? q,
        string? sort, string? dir, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (filter, leaderboardQuery, error) = LeaderboardForm.Read(campaign, from, to, tier, platform, q, sort, dir);
        if (filter is null || leaderboardQuery is null)
        {
            return (null, error);
        }
        return (LeaderboardResponse.Of(await query.InfluencersAsync(filter, cancellationToken), filter, leaderboardQuery), null);
    }

    private static FileContentHttpResult File(LeaderboardResponse leaderboard) =>
        TypedResults.File(LeaderboardCsv.Write(leaderboard), "text/csv; charset=utf-8", LeaderboardCsv.FileName(leaderboard));

    private static ProblemHttpResult Refuse(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid leaderboard parameter", detail: detail);
}
