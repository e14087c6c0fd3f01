using Clout.Storage.Engagement;
using Clout.Storage.Reads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Engagement;

public static class EngagementEndpoints
{
    private const int MaxPageSize = 500;
    private const int DefaultPageSize = 100;

    public static RouteGroupBuilder MapEngagementEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/posts", ListAsync).WithTags("Posts").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("The workspace's posts, newest first, with their counts and engagement rates (by followers at post time, reach, views)");
        return api;
    }

    private static async Task<Results<Ok<PostListResponse>, ProblemHttpResult>> ListAsync(
        PostQuery query, long? influencer, string? campaign, DateTime? from, DateTime? to, int? offset, int? limit, CancellationToken cancellationToken)
    {
        if (offset is < 0 || limit is < 1 or > MaxPageSize)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query",
                detail: $"offset must be ≥ 0 and limit between 1 and {MaxPageSize}.");
        }
        var (filter, error) = ReportFilter.Create(campaign, from, to);
        if (filter is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid period", detail: error);
        }
        var page = await query.ListAsync(filter, influencer, offset ?? 0, limit ?? DefaultPageSize, cancellationToken);
        return TypedResults.Ok(new PostListResponse(page.Total, [.. page.Items.Select(PostListItemResponse.Of)]));
    }
}
