using System.Text.Json;
using Clout.Access;
using Clout.Core.Access;
using Clout.Core.Comments;
using Clout.Hosting;
using Clout.Presentation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Comments;

public static class CommentEndpoints
{
    /// <summary>A batch is for a page of comments, not a data dump: imports take the bulk.</summary>
    public const int MaxComments = 1_000;

    /// <summary>4 MiB: a full batch of long comments with their JSON; anything larger is refused unread.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static RouteGroupBuilder MapCommentEndpoints(this RouteGroupBuilder api)
    {
        var comments = api.MapGroup("/comments").WithTags("Comments");
        comments.MapPost("/score", ScoreAsync)
            .RequireScope(KeyScope.Read)
            .Accepts<ScoreCommentsRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithSummary($"Scores up to {MaxComments} comments (each up to {CommentScorer.MaxLength} characters): sentiment, skeptical, intent, spam and creator-reply flags with their cues; nothing is stored");
        return api;
    }

    private static async Task<Results<Ok<ScoreCommentsResponse>, ValidationProblem, ProblemHttpResult>> ScoreAsync(
        HttpRequest request, CancellationToken cancellationToken)
    {
        if (await LimitedBody.ReadAsync(request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxBodyBytes);
        }

        ScoreCommentsRequest? document;
        try
        {
            document = JsonSerializer.Deserialize<ScoreCommentsRequest>(body, CloutJson.Options);
        }
        catch (JsonException e)
        {
            return Invalid("body", $"The body is not the JSON expected ({e.Message}); send {{\"comments\": [{{\"text\": \"…\"}}]}}.");
        }

        if (document?.Comments is not { } comments)
        {
            return Invalid("comments", "The body needs a \"comments\" array: {\"comments\": [{\"text\": \"…\"}]}.");
        }

        if (comments.Count is 0 or > MaxComments)
        {
            return Invalid("comments", $"Send between 1 and {MaxComments} comments; this batch has {comments.Count}.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        for (var i = 0; i < comments.Count; i++)
        {
            if (comments[i] is null || comments[i].Text is null)
            {
                errors[$"comments[{i}].text"] = ["Each comment needs a text (it may be empty)."];
            }
            else if (comments[i].Text!.Length > CommentScorer.MaxLength)
            {
                errors[$"comments[{i}].text"] = [$"The text has {comments[i].Text!.Length} characters; at most {CommentScorer.MaxLength} are scored."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The comments were not scored",
                detail: $"Fix {string.Join(", ", errors.Keys.Take(5))}{(errors.Count > 5 ? " …" : "")} and send the batch again.");
        }

        var scores = CommentScorer.ScoreBatch([.. comments.Select(c => new CommentInput(c.Text, c.PostId,
            new CommentContext(c.Author, c.CreatorHandle, c.IsCreatorReply ?? false)))]);
        return TypedResults.Ok(new ScoreCommentsResponse([.. comments.Select((c, i) => CommentScoreResponse.Of(c.Text!, scores[i]))]));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] },
            title: "The comments were not scored", detail: message);
}
