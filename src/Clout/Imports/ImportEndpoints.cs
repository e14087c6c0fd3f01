using Clout.Access;
using Clout.Storage.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Imports;

public static class ImportEndpoints
{
    /// <summary>256 MiB: a million-row posts file is about 120 MiB of CSV.</summary>
    public const long MaxBodyBytes = 256L * 1024 * 1024;

    public static RouteGroupBuilder MapImportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/{kind}", ImportAsync)
            .WithTags("Imports")
            .RequireAuthorization(AccessPolicies.Editor)
            .Accepts<string>("text/csv", "application/json", "application/x-ndjson")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Imports a CSV or JSON file of influencers, posts, comments, followers, collaborations, orders or clicks, all or nothing");
        return api;
    }

    private static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        string kind, string? format, HttpRequest request, Importer importer, CancellationToken cancellationToken)
    {
        if (!ImportKinds.TryParse(kind, out var importKind))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown import kind",
                detail: $"'{kind}' is not an import kind; use {ImportKinds.All}.");
        }
        if (ImportKinds.Format(format, request.ContentType) is not { } importFormat)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown format", detail: "format must be csv or json.");
        }
        // The parser reads synchronously; the body is spooled to a temporary file first so Kestrel never blocks.
        var spool = Path.GetTempFileName();
        await using var buffer = new FileStream(spool, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var result = await importer.ImportAsync(importKind, buffer, importFormat, null, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file was not imported",
                detail: $"{result.ErrorCount} error(s); nothing was stored. Fix them and send the whole file again.",
                extensions: new Dictionary<string, object?>
                {
                    ["error_count"] = result.ErrorCount,
                    ["errors"] = result.Errors.Select(e => new ImportErrorResponse(e.Line, e.Field, e.Message)).ToList(),
                });
        }
        return TypedResults.Ok(ImportResponse.Of(result));
    }
}
