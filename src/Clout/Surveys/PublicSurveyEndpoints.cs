using System.Text.Json;
using Clout.Core.Surveys;
using Clout.Core.Text;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Clout.Surveys;

/// <summary>
/// The unauthenticated survey endpoints the widget and the hosted page call. The group carries the per-address rate
/// limit and no-store; CORS is per workspace (its survey origins), answered here because the allowed origins depend
/// on which survey is asked for.
/// </summary>
public static class PublicSurveyEndpoints
{
    /// <summary>64 KiB: a long survey with every open text full is about 30 KB; a larger body is not a response.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const int MaxRespondentIdLength = 64;

    public static IEndpointRouteBuilder MapPublicSurveyEndpoints(this IEndpointRouteBuilder app)
    {
        var surveys = app.MapGroup("/api/v1/public/surveys")
            .WithTags("Public surveys")
            .AllowAnonymous()
            .RequireRateLimiting(SurveyServices.Limiter)
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });
        surveys.MapGet("/{publicId}", GetAsync)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A live survey's questions, for the widget and the hosted page");
        surveys.MapPost("/{publicId}/responses", RespondAsync)
            .Accepts<PublicResponseRequest>("application/json")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Stores one respondent's answers to a live survey (once per respondent; 422 names each bad question)")
            .WithDescription("With `order_id` and that order's `order_token` (HMAC-SHA256 of the order id under the workspace's order-proof secret, made by the shop's page) the answer may credit the order: `order_credit` in the 201 says `verified`, and a second answer proving the same order is 409. Without a valid token the answer is stored and counts for trust and NPS, credits nothing, and `order_credit` is `none`.");
        surveys.MapMethods("/{publicId}", [HttpMethods.Options], PreflightAsync).ExcludeFromDescription();
        surveys.MapMethods("/{publicId}/responses", [HttpMethods.Options], PreflightAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<PublicSurveyResponse>, ProblemHttpResult>> GetAsync(
        string publicId, HttpContext context, SurveyIntake intake, CancellationToken cancellationToken)
    {
        if (await FindAsync(publicId, intake, cancellationToken) is not { } survey)
        {
            return NotFound();
        }
        // A page that may not embed the survey gets no CORS header, so its browser will not hand it the answer.
        SurveyCors.Allow(context, survey);
        return TypedResults.Ok(PublicSurveyResponse.Of(survey));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PreflightAsync(
        string publicId, HttpContext context, SurveyIntake intake, CancellationToken cancellationToken)
    {
        if (await FindAsync(publicId, intake, cancellationToken) is not { } survey)
        {
            return NotFound();
        }
        if (!SurveyCors.Allow(context, survey))
        {
            return SurveyCors.Refused(context);
        }
        var headers = context.Response.Headers;
        headers.AccessControlAllowMethods = "GET, POST";
        headers.AccessControlAllowHeaders = "Content-Type";
        headers.AccessControlMaxAge = "600";
        return TypedResults.NoContent();
    }

    private static async Task<Results<Created<PublicResponseReceipt>, Accepted, ProblemHttpResult>> RespondAsync(
        string publicId, HttpContext context, SurveyIntake lookup, IServiceScopeFactory scopes, VisitorIds visitors, IOptions<SurveyOptions> options,
        SurveyResponseRecorder recorder, CancellationToken cancellationToken)
    {
        // Remembered for a few seconds: the batch that writes the response checks again that the survey is still live.
        if (await FindAsync(publicId, lookup.FindLiveRememberedAsync, cancellationToken) is not { } survey)
        {
            return NotFound();
        }
        if (!SurveyCors.Allow(context, survey))
        {
            // Refused before reading: a page the brand did not list must not be able to write answers either.
            return SurveyCors.Refused(context);
        }
        if (await LimitedBody.ReadAsync(context.Request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxBodyBytes);
        }
        if (JsonText.FindInvalid(body) is { } text)
        {
            return Unprocessable(new Dictionary<string, string[]> { [text.Field] = [text.Message] });
        }
        PublicResponseRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<PublicResponseRequest>(body, SurveyJson.Options);
        }
        catch (JsonException e)
        {
            return Unprocessable(new Dictionary<string, string[]> { [FieldOf(e.Path)] = [$"is not valid here: {e.Message.Split(" Path:")[0].Trim()}"] });
        }
        if (request is null)
        {
            return Unprocessable(new Dictionary<string, string[]> { ["body"] = ["must be a JSON object."] });
        }
        if (!string.IsNullOrEmpty(request.Website))
        {
            // The honeypot: a field people never see. Bots that fill it are told "accepted" and learn nothing.
            return TypedResults.Accepted((string?)null);
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Version is null)
        {
            errors["version"] = ["is required: the version the answers were given to."];
        }
        if (request.RespondentId is { Length: > MaxRespondentIdLength })
        {
            errors["respondent_id"] = [$"has {request.RespondentId.Length} characters; at most {MaxRespondentIdLength} are allowed."];
        }
        if (errors.Count > 0)
        {
            return Unprocessable(errors);
        }
        var respondent = string.IsNullOrWhiteSpace(request.RespondentId)
            ? await visitors.ForAsync(survey.WorkspaceId, context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString(), cancellationToken)
            : SurveyRespondents.Hash(request.RespondentId);
        var input = new SurveyResponseInput(request.Version!.Value, respondent, request.OrderId, request.Answers ?? [], request.OrderToken);

        // The survey's workspace, not the caller's: a signed-in user of another workspace may answer it too.
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(survey.WorkspaceId, survey.WorkspaceName);
        // The secret is read (as stored now, not as remembered with the survey: a rotation from another node or the
        // command line retires the old tokens at once) and decrypted only for an answer that could prove an order.
        var secret = string.IsNullOrWhiteSpace(request.OrderId) || string.IsNullOrEmpty(request.OrderToken)
            ? null
            : await scope.ServiceProvider.GetRequiredService<OrderProofSecrets>().CurrentAsync(survey.WorkspaceId, cancellationToken);
        var proof = new OrderProofCheck(secret, TimeSpan.FromHours(options.Value.OrderProofWindowHours));
        try
        {
            var draft = await scope.ServiceProvider.GetRequiredService<SurveyIntake>().PrepareAsync(survey, input, proof, cancellationToken);
            var result = await recorder.CommitAsync(draft, cancellationToken);
            if (result.SurveyNotLive)
            {
                return NotFound();
            }
            if (result.OrderAlreadyAnswered)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Order already answered",
                    detail: "This order already has an answer; the first answer counts and this one was not stored.");
            }
            if (result.Duplicate)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already answered",
                    detail: result.NextAllowedAtUtc is { } next
                        ? $"This respondent answered this survey recently; it may be answered again from {next:yyyy-MM-dd}."
                        : "This respondent already answered this survey; the first answer counts.");
            }
            var id = result.ResponseId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Created((string?)null,
                new PublicResponseReceipt(id, result.OrderVerified ? PublicResponseReceipt.Verified : PublicResponseReceipt.None));
        }
        catch (SurveyProblemsException e)
        {
            return Unprocessable(e.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray(), StringComparer.Ordinal));
        }
        catch (IntakeNotStoredException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The response was not stored",
                detail: "The server could not store the response just now; send it again.");
        }
    }

    internal static Task<PublicSurvey?> FindAsync(string publicId, SurveyIntake intake, CancellationToken cancellationToken) =>
        FindAsync(publicId, intake.FindLiveAsync, cancellationToken);

    private static async Task<PublicSurvey?> FindAsync(string publicId, Func<string, CancellationToken, Task<PublicSurvey?>> find, CancellationToken cancellationToken) =>
        publicId.Length is > 0 and <= 32 && publicId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? await find(publicId, cancellationToken)
            : null;

    /// <summary>"$.answers.q3.value" → "q3": a wrongly typed answer is reported under its question.</summary>
    private static string FieldOf(string? path)
    {
        var parts = (path ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts[1] == "answers" ? parts[2].Trim('[', ']', '\'')
            : parts.Length >= 2 ? parts[1] : "body";
    }

    internal static ProblemHttpResult Unprocessable(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The response was not stored",
            Detail = $"Fix {string.Join(", ", errors.Keys)} and send it again; nothing was stored.",
        });

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such survey",
            detail: "There is no live survey with this id; it may be a draft or closed.");
}
