using Clout.Imports;
using Clout.Storage.Ingestion;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Imports;

/// <summary>Upload a file from the browser: the same all-or-nothing importer as `clout import` and the API.</summary>
[RequestSizeLimit(ImportEndpoints.MaxBodyBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportEndpoints.MaxBodyBytes)]
public sealed class IndexModel(Importer importer) : PageModel
{
    public IReadOnlyList<ImportKind> Kinds { get; } = Enum.GetValues<ImportKind>();

    public ImportKind Kind { get; private set; } = ImportKind.Influencers;

    public string? FileName { get; private set; }

    public ImportResult? Result { get; private set; }

    public string? Problem { get; private set; }

    public void OnGet(string? kind)
    {
        if (ImportKinds.TryParse(kind, out var parsed))
        {
            Kind = parsed;
        }
    }

    public async Task<IActionResult> OnPostAsync(string? kind, IFormFile? file, CancellationToken cancellationToken)
    {
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
        await using var stream = file.OpenReadStream();
        var format = ImportKinds.Format(null, file.FileName) ?? ImportFormat.Csv;
        Result = await importer.ImportAsync(parsed, stream, format, null, cancellationToken);
        if (!Result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }
}
