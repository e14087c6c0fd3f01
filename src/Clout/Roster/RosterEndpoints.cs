using Clout.Core.Roster;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Roster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Roster;

public static class RosterEndpoints
{
    private const int MaxPageSize = 500;

    public static RouteGroupBuilder MapRosterEndpoints(this RouteGroupBuilder api)
    {
        var influencers = api.MapGroup("/influencers").WithTags("Roster");
        influencers.MapGet("/", ListAsync).ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("The roster with tiers and engagement over the period, filterable by tier and platform");
        influencers.MapGet("/{id:long}", GetAsync).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One influencer with its posts and their engagement rates");
        return api;
    }

    private static async Task<Results<Ok<InfluencerListResponse>, ProblemHttpResult>> ListAsync(
        RosterQuery query, string? tier, string? platform, DateTime? from, DateTime? to, int? offset, int? limit, CancellationToken cancellationToken)
    {
        Tier? tierFilter = null;
        if (tier is not null)
        {
            if (!TierNames.TryParse(tier, out var parsed))
            {
                return BadRequest($"'{tier}' is not a tier; use nano, micro, macro or celebrity.");
            }
            tierFilter = parsed;
        }
        Platform? platformFilter = null;
        if (platform is not null)
        {
            if (!PlatformNames.TryParse(platform, out var parsed))
            {
                return BadRequest($"'{platform}' is not a platform; use {PlatformNames.All}.");
            }
            platformFilter = parsed;
        }
        if (offset is < 0 || limit is < 1 or > MaxPageSize)
        {
            return BadRequest($"offset must be ≥ 0 and limit between 1 and {MaxPageSize}.");
        }
        var (filter, error) = ReportFilter.Create(null, from, to);
        if (filter is null)
        {
            return BadRequest(error!);
        }
        var all = (await query.InfluencersAsync(filter, cancellationToken))
            .Where(s => tierFilter is null || s.Tier == tierFilter)
            .Where(s => platformFilter is null || s.Platform == platformFilter)
            .OrderByDescending(s => s.Followers)
            .ToList();
        var page = all.Skip(offset ?? 0).Take(limit ?? 100).Select(InfluencerResponse.Of).ToList();
        return TypedResults.Ok(new InfluencerListResponse(all.Count, page));
    }

    private static async Task<Results<Ok<InfluencerDetailResponse>, ProblemHttpResult>> GetAsync(
        long id, InfluencerPostsQuery query, DateTime? from, DateTime? to, CancellationToken cancellationToken)
    {
        var (filter, error) = ReportFilter.Create(null, from, to);
        if (filter is null)
        {
            return BadRequest(error!);
        }
        // The query runs inside the caller's workspace: another workspace's id is simply not found.
        var found = await query.LoadAsync(id, filter, cancellationToken);
        if (found is not { } detail)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Influencer not found",
                detail: $"There is no influencer {id} in this workspace.");
        }
        return TypedResults.Ok(new InfluencerDetailResponse(InfluencerResponse.Of(detail.Influencer), [.. detail.Posts.Select(PostResponse.Of)]));
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid query", detail: detail);
}
