using System.Text.Json;
using Clout.Access;
using Clout.Storage.Campaigns;
using Clout.Storage.Reports;
using Clout.Storage.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Clout.Campaigns;

public static class CampaignEndpoints
{
    public static RouteGroupBuilder MapCampaignEndpoints(this RouteGroupBuilder api)
    {
        var campaigns = api.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", ListAsync).WithSummary("The workspace's campaigns with their number of collaborations and fees");
        campaigns.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.Editor)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Creates a campaign (goal: awareness, conversion or blend; dates; budget)");
        campaigns.MapGet("/{name}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One campaign: each collaboration with its human clicks, unique visitors, credited orders and revenue, and both per day");
        campaigns.MapPost("/{name}/collaborations", AddCollaborationAsync).RequireAuthorization(AccessPolicies.Editor)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .Accepts<AddCollaborationRequest>("application/json").ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("Adds or changes one influencer's collaboration, with the same checks as a collaborations import")
            .WithDescription("Only the fields sent change: a field left out keeps its value, a field sent as null is emptied (a code or a link is removed only so).");
        return api;
    }

    private static async Task<Ok<List<CampaignResponse>>> ListAsync(CampaignStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).Select(CampaignResponse.Of).ToList());

    private static async Task<Results<Created<CampaignResponse>, ProblemHttpResult>> CreateAsync(
        CreateCampaignRequest request, CampaignStore store, CancellationToken cancellationToken)
    {
        var (draft, problem) = CampaignForm.Draft(request.Name, request.Goal, request.StartsAt, request.EndsAt, request.Budget, request.Hashtag);
        if (draft is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid campaign", detail: problem);
        }
        try
        {
            var created = await store.CreateAsync(draft, cancellationToken);
            return TypedResults.Created($"/api/v1/campaigns/{Uri.EscapeDataString(created.Name)}", CampaignResponse.Of(created));
        }
        catch (StorageValidationException e)
        {
            var conflict = e.Message.Contains("already", StringComparison.Ordinal); // a taken name or hashtag
            return TypedResults.Problem(statusCode: conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest, title: "Invalid campaign", detail: e.Message);
        }
    }

    private static async Task<Results<Ok<CampaignDetailResponse>, ProblemHttpResult>> GetAsync(
        string name, CampaignStore store, CampaignActivityQuery activity, UgcQuery ugc, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, cancellationToken) is not { } campaign)
        {
            return NotFound(name);
        }
        var read = await activity.ReadAsync(campaign.Id, cancellationToken);
        return TypedResults.Ok(new CampaignDetailResponse(CampaignResponse.Of(campaign),
            [.. read.Collaborations.Select(CollaborationActivityResponse.Of)],
            [.. read.Days.Select(d => new DailyActivityResponse(d.DayUtc, d.Clicks, d.Orders))])
        {
            Ugc = CampaignUgcResponse.Of(await ugc.CampaignAsync(campaign.Id, cancellationToken)),
        });
    }

    private static async Task<Results<Ok<CollaborationActivityResponse>, ProblemHttpResult>> AddCollaborationAsync(
        string name, JsonElement body, CampaignStore store, CollaborationChanges changes, CampaignActivityQuery activity,
        IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, cancellationToken) is not { } campaign)
        {
            return NotFound(name);
        }
        var (request, cleared, problem) = ReadChange(body, json.Value.SerializerOptions);
        if (request is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid collaboration", detail: problem);
        }
        var result = await changes.SaveAsync(campaign.Name, request, cleared, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The collaboration was not saved",
                detail: string.Join("; ", result.Errors.Select(e => e.Field is null ? e.Message : $"{e.Field}: {e.Message}")),
                extensions: new Dictionary<string, object?> { ["errors"] = result.Errors.Select(e => new { field = e.Field, message = e.Message }).ToList() });
        }
        var read = await activity.ReadAsync(campaign.Id, cancellationToken);
        var handle = request.InfluencerHandle!.Trim().TrimStart('@').ToLowerInvariant();
        return TypedResults.Ok(CollaborationActivityResponse.Of(read.Collaborations.First(c => c.Handle == handle)));
    }

    /// <summary>
    /// The change and the fields it empties: those sent as JSON null. An empty text is refused rather than read either
    /// way, since it is what a form or script sends by accident.
    /// </summary>
    private static (AddCollaborationRequest? Request, HashSet<string> Cleared, string? Problem) ReadChange(JsonElement body, JsonSerializerOptions options)
    {
        var cleared = new HashSet<string>(StringComparer.Ordinal);
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, cleared, "body: must be a JSON object");
        }
        foreach (var property in body.EnumerateObject().Where(p => CollaborationChanges.Optional.Contains(p.Name)))
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                cleared.Add(property.Name);
            }
            else if (property.Value.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(property.Value.GetString()))
            {
                return (null, cleared, $"{property.Name}: is empty; send null to remove it, or leave the field out to keep it");
            }
        }
        try
        {
            return (body.Deserialize<AddCollaborationRequest>(options), cleared, null);
        }
        catch (JsonException e)
        {
            return (null, cleared, $"{e.Path?.TrimStart('$', '.') ?? "body"}: {e.Message.Split(" Path:")[0].Trim()}");
        }
    }

    private static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Campaign not found", detail: $"There is no campaign '{name}' in this workspace.");
}
