using Clout.Access;
using Clout.Imports;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Imports;

/// <summary>
/// Upload a file from the browser: the same all-or-nothing importer as `clout import` and the API. With script, the
/// page first previews the file (Preview) and lets the user map its columns to Clout's, sending the map as pairs of
/// <c>from</c> (the file's column) and <c>to</c> (Clout's, or "-"); owners save a map under a name for next time.
/// Without script the file imports as it is: in Clout's columns, or a preset's export.
/// </summary>
[RequestSizeLimit(ImportEndpoints.MaxBodyBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportEndpoints.MaxBodyBytes)]
public sealed class IndexModel(Importer importer, SavedMappingStore mappings, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<ImportKind> Kinds { get; } = Enum.GetValues<ImportKind>();

    public ImportKind Kind { get; private set; } = ImportKind.Influencers;

    public string? FileName { get; private set; }

    public ImportResult? Result { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The map the file was imported with, as <c>--map</c> takes it; null when it was read as it is.</summary>
    public string? MapUsed { get; private set; }

    public IReadOnlyList<SavedColumnMap> Saved { get; private set; } = [];

    public bool CanSaveMappings { get; private set; }

    public async Task OnGetAsync(string? kind, CancellationToken cancellationToken)
    {
        if (ImportKinds.TryParse(kind, out var parsed))
        {
            Kind = parsed;
        }
        await LoadMappingsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? kind, IFormFile? file, string[]? from, string[]? to, CancellationToken cancellationToken)
    {
        await LoadMappingsAsync(cancellationToken);
        if (!ImportKinds.TryParse(kind, out var parsed))
        {
            Problem = $"Choose what the file holds: {ImportKinds.All}.";
            return Page();
        }
        Kind = parsed;
        if (file is null || file.Length == 0)
        {
            Problem = "Choose a non-empty CSV or JSON file.";
            return Page();
        }
        FileName = file.FileName;
        var options = new ImportOptions(ImportKinds.Format(null, file.FileName) ?? ImportFormat.Csv);
        if (from is { Length: > 0 })
        {
            if (MappingForm.Read(from, to, out var error) is not { } map)
            {
                Problem = error;
                return Page();
            }
            options = options with { Map = map };
            MapUsed = map.ToString();
        }
        await using var stream = file.OpenReadStream();
        Result = await importer.ImportAsync(parsed, stream, options, null, cancellationToken);
        if (!Result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }

    /// <summary>The page script's preview of the file's first MiB: JSON, as <c>POST /api/v1/imports/{kind}/preview</c> answers.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string? kind, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!ImportKinds.TryParse(kind, out var parsed))
        {
            return Answer(TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown import kind",
                detail: $"'{kind}' is not an import kind; use {ImportKinds.All}."));
        }
        if (file is null || file.Length == 0)
        {
            return Answer(TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No file", detail: "Choose a non-empty CSV file."));
        }
        if (file.Length > ImportEndpoints.MaxPreviewBytes)
        {
            return Answer(Hosting.LimitedBody.TooLarge(ImportEndpoints.MaxPreviewBytes));
        }
        await using var stream = file.OpenReadStream();
        return Answer((IResult)await ImportEndpoints.PreviewStartAsync(parsed, stream, mappings, cancellationToken));
    }

    /// <summary>Saves the map under a name for the kind (owners only); answers with the kind's saved mappings, as JSON.</summary>
    public async Task<IActionResult> OnPostSaveMappingAsync(string? kind, string? name, string[]? from, string[]? to, CancellationToken cancellationToken)
    {
        if (!await IsOwnerAsync())
        {
            return Forbid();
        }
        if (!ImportKinds.TryParse(kind, out var parsed))
        {
            return Answer(Invalid("kind", $"Choose what the file holds: {ImportKinds.All}."));
        }
        if (MappingForm.Read(from, to, out var error) is not { } map)
        {
            return Answer(Invalid("map", error));
        }
        try
        {
            var saved = await mappings.SaveAsync(parsed, name ?? "", map, cancellationToken);
            return Answer(TypedResults.Ok(SavedMappingResponse.Of(saved, true)));
        }
        catch (StorageValidationException e)
        {
            return Answer(Invalid(e.Message.Contains("name", StringComparison.Ordinal) ? "name" : "map", e.Message));
        }
    }

    /// <summary>Deletes a saved mapping (owners only), from the list under the form: works without script.</summary>
    public async Task<IActionResult> OnPostDeleteMappingAsync(string? kind, string? name, CancellationToken cancellationToken)
    {
        if (!await IsOwnerAsync())
        {
            return Forbid();
        }
        if (ImportKinds.TryParse(kind, out var parsed))
        {
            await mappings.DeleteAsync(parsed, name ?? "", cancellationToken);
        }
        return RedirectToPage(new { kind = ImportKinds.Name(parsed) });
    }

    private async Task LoadMappingsAsync(CancellationToken cancellationToken)
    {
        Saved = await mappings.ListAsync(null, cancellationToken);
        CanSaveMappings = await IsOwnerAsync();
    }

    private async Task<bool> IsOwnerAsync() => (await authorization.AuthorizeAsync(User, AccessPolicies.Owner)).Succeeded;

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The mapping was not saved",
            detail: $"{message} Nothing was saved.");

    private static ExecutedResult Answer(IResult result) => new(result);

    /// <summary>Razor Pages handlers return action results; this runs a minimal-API result, so the page and the API answer alike.</summary>
    private sealed class ExecutedResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
