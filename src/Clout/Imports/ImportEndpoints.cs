using Clout.Access;
using Clout.Core.Access;
using Clout.Hosting;
using Clout.Storage.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clout.Imports;

public static class ImportEndpoints
{
    /// <summary>256 MiB: a million-row posts file is about 120 MiB of CSV.</summary>
    public const long MaxBodyBytes = 256L * 1024 * 1024;

    /// <summary>
    /// 1 MiB: a preview reads the header and five rows, which fit many times over; the page sends the file's first
    /// MiB, whatever its size.
    /// </summary>
    public const int MaxPreviewBytes = 1024 * 1024;

    public static RouteGroupBuilder MapImportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/imports/{kind}/preview", PreviewAsync)
            .WithTags("Imports")
            .RequireScope(KeyScope.Read)
            .Accepts<string>("text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Reads the start of a CSV file (at most 1 MiB) as the import would: its columns, first rows, the preset it is, a suggested Clout column for each, and the saved mappings that fit; stores nothing");
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

    private static async Task<Results<Ok<ImportPreviewResponse>, ProblemHttpResult>> PreviewAsync(
        string kind, HttpRequest request, SavedMappingStore mappings, CancellationToken cancellationToken)
    {
        if (!ImportKinds.TryParse(kind, out var importKind))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown import kind",
                detail: $"'{kind}' is not an import kind; use {ImportKinds.All}.");
        }
        if (await LimitedBody.ReadAsync(request, MaxPreviewBytes, cancellationToken) is not { } body)
        {
            return LimitedBody.TooLarge(MaxPreviewBytes);
        }
        using var start = new MemoryStream(body, writable: false);
        return await PreviewStartAsync(importKind, start, mappings, cancellationToken);
    }

    /// <summary>The preview of a CSV file's start and the saved mappings of its kind, for the API and the import page.</summary>
    public static async Task<Results<Ok<ImportPreviewResponse>, ProblemHttpResult>> PreviewStartAsync(
        ImportKind kind, Stream start, SavedMappingStore mappings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var preview = ImportPreview.Read(kind, start);
        if (preview.Problem is { } problem)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The file cannot be read",
                detail: problem.ToString(),
                extensions: new Dictionary<string, object?> { ["errors"] = new[] { new ImportErrorResponse(problem.Line, problem.Field, problem.Message) } });
        }
        return TypedResults.Ok(ImportPreviewResponse.Of(preview, await mappings.ListAsync(kind, cancellationToken)));
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
