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
            .Accepts<string>("text/csv", "application/json", "application/x-ndjson", "application/zip", "application/x-zip-compressed")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Imports a CSV or JSON file of influencers, posts, comments, followers, collaborations, orders or clicks, all or nothing");
        return api;
    }

    /// <summary>
    /// A file in Clout's columns, or in another's: <c>map</c> (their column=Clout's, as on the CLI), <c>preset</c> (a
    /// platform's export, detected from the header when not named), <c>year</c> and <c>influencer</c> for exports
    /// that leave them out.
    /// </summary>
    private static async Task<Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult>> ImportAsync(
        string kind, string? format, string? map, string? preset, string? year, string? influencer, HttpRequest request, Importer importer,
        CancellationToken cancellationToken)
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
        if (ImportParameters.Read(importKind, importFormat, map, preset, year, influencer, out var problem) is not { } options)
        {
            var (parameter, message) = problem!.Value;
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [parameter] = [message] },
                title: "The file was not imported", detail: $"{parameter}: {message}");
        }
        // The parser reads synchronously; the body is spooled to a temporary file first so Kestrel never blocks.
        var spool = Path.GetTempFileName();
        await using var buffer = new FileStream(spool, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var result = await importer.ImportAsync(importKind, buffer, options, null, cancellationToken);
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
