using System.Text.Json;
using Clout.Access;
using Clout.Core.Roster;
using Clout.Core.Surveys;
using Clout.Storage.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Surveys;

/// <summary>Survey management under /api/v1/surveys: list, create (template or definition), edit, publish, close, results, CSV.</summary>
public static class SurveyEndpoints
{
    public static RouteGroupBuilder MapSurveyEndpoints(this RouteGroupBuilder api)
    {
        var surveys = api.MapGroup("/surveys").WithTags("Surveys");
        surveys.MapGet("/", ListAsync).WithSummary("The workspace's surveys, newest first, with their state and number of responses");
        surveys.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.Editor)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Creates a draft survey from a template (post_purchase, trust, purchase_intent, nps) or from a definition");
        surveys.MapGet("/{id:long}", GetAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One survey with its latest version's definition");
        surveys.MapPut("/{id:long}/definition", UpdateDefinitionAsync).RequireAuthorization(AccessPolicies.Editor)
            .Accepts<JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Replaces the draft's definition; on a published survey, makes a new draft version (answers keep theirs)");
        surveys.MapPut("/{id:long}/schedule", ScheduleAsync).RequireAuthorization(AccessPolicies.Editor)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Sets recurrence: answer again every N days per respondent, at most M times (frequency cap)");
        surveys.MapPost("/{id:long}/publish", PublishAsync).RequireAuthorization(AccessPolicies.Editor)
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Freezes the latest version and makes it live");
        surveys.MapPost("/{id:long}/close", CloseAsync).RequireAuthorization(AccessPolicies.Editor)
            .ProducesProblem(StatusCodes.Status404NotFound).WithSummary("Stops taking responses");
        surveys.MapGet("/{id:long}/results", ResultsAsync)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Results: counts and Wilson shares per option, scale means with t intervals, Cronbach's alpha per construct, NPS, texts; by influencer and tier");
        surveys.MapGet("/{id:long}/responses.csv", CsvAsync).ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Raw responses, one row per response and one column per question");
        return api;
    }

    private static async Task<Ok<List<SurveySummaryResponse>>> ListAsync(SurveyStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok((await store.ListAsync(cancellationToken)).ConvertAll(SurveySummaryResponse.Of));

    private static async Task<Results<Created<SurveyDetailResponse>, ProblemHttpResult>> CreateAsync(
        CreateSurveyRequest request, SurveyStore store, CancellationToken cancellationToken)
    {
        SurveyDefinition? definition = null;
        if (request.Definition is { ValueKind: not JsonValueKind.Null } element)
        {
            if (!TryRead(element, out definition, out var problem))
            {
                return problem!;
            }
        }
        else if (request.Template is null)
        {
            return PublicSurveyEndpoints.Unprocessable(new Dictionary<string, string[]> { ["template"] = [$"give a template ({string.Join(", ", SurveyTemplates.All)}) or a definition."] });
        }
        try
        {
            var created = await store.CreateAsync(request.Title, request.Template, definition,
                new RecurrencePolicy(request.RepeatEveryDays, request.MaxAnswersPerRespondent), cancellationToken);
            return TypedResults.Created($"/api/v1/surveys/{created.Id}", SurveyDetailResponse.Of(created));
        }
        catch (SurveyProblemsException e)
        {
            return Problems(e);
        }
    }

    private static async Task<Results<Ok<SurveyDetailResponse>, ProblemHttpResult>> GetAsync(long id, SurveyStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } survey ? TypedResults.Ok(SurveyDetailResponse.Of(survey)) : NotFound(id);

    private static async Task<Results<Ok<SurveyDetailResponse>, ProblemHttpResult>> UpdateDefinitionAsync(
        long id, JsonElement body, SurveyStore store, CancellationToken cancellationToken)
    {
        if (!TryRead(body, out var definition, out var problem))
        {
            return problem!;
        }
        try
        {
            return await store.UpdateDefinitionAsync(id, definition, cancellationToken) is { } survey ? TypedResults.Ok(SurveyDetailResponse.Of(survey)) : NotFound(id);
        }
        catch (SurveyProblemsException e)
        {
            return Problems(e);
        }
    }

    private static async Task<Results<Ok<SurveyDetailResponse>, ProblemHttpResult>> ScheduleAsync(
        long id, SurveyScheduleRequest request, SurveyStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await store.SetRecurrenceAsync(id, new RecurrencePolicy(request.RepeatEveryDays, request.MaxAnswersPerRespondent), cancellationToken) is { } survey
                ? TypedResults.Ok(SurveyDetailResponse.Of(survey)) : NotFound(id);
        }
        catch (SurveyProblemsException e)
        {
            return Problems(e);
        }
    }

    private static async Task<Results<Ok<SurveyDetailResponse>, ProblemHttpResult>> PublishAsync(long id, SurveyStore store, CancellationToken cancellationToken) =>
        await store.PublishAsync(id, cancellationToken) is { } survey ? TypedResults.Ok(SurveyDetailResponse.Of(survey)) : NotFound(id);

    private static async Task<Results<Ok<SurveyDetailResponse>, ProblemHttpResult>> CloseAsync(long id, SurveyStore store, CancellationToken cancellationToken) =>
        await store.CloseAsync(id, cancellationToken) is { } survey ? TypedResults.Ok(SurveyDetailResponse.Of(survey)) : NotFound(id);

    private static async Task<Results<Ok<SurveyResults>, ProblemHttpResult>> ResultsAsync(
        long id, string? influencer, string? tier, SurveyResultsQuery query, CancellationToken cancellationToken)
    {
        Tier? parsed = null;
        if (!string.IsNullOrWhiteSpace(tier))
        {
            if (!TierNames.TryParse(tier, out var t))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown tier", detail: $"'{tier}' is not a tier; use nano, micro, macro or celebrity.");
            }
            parsed = t;
        }
        return await query.GetAsync(id, influencer, parsed, cancellationToken) is { } results ? TypedResults.Ok(results) : NotFound(id);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        long id, SurveyStore store, SurveyResultsQuery query, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } survey)
        {
            return NotFound(id);
        }
        var versions = await query.VersionsAsync(id, cancellationToken);
        var rows = await store.ExportAsync(id, cancellationToken);
        return TypedResults.File(SurveyCsv.Write(versions, rows), "text/csv; charset=utf-8", $"survey-{survey.PublicId}-responses.csv");
    }

    private static bool TryRead(JsonElement element, out SurveyDefinition? definition, out ProblemHttpResult? problem)
    {
        try
        {
            definition = element.Deserialize<SurveyDefinition>(SurveyJson.Options);
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            definition = null;
            problem = PublicSurveyEndpoints.Unprocessable(new Dictionary<string, string[]> { ["definition"] = [$"{e.Message.Split(" Path:")[0].Trim()} (at {e.Path})"] });
            return false;
        }
    }

    private static ProblemHttpResult Problems(SurveyProblemsException e) =>
        TypedResults.Problem(new HttpValidationProblemDetails(
            e.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The survey was not saved",
            Detail = e.Message,
        });

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such survey", detail: $"There is no survey {id} in this workspace.");
}
