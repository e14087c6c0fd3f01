using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Settings;

/// <summary>
/// The workspace's API keys for its owners, through <see cref="ApiKeyStore"/> as `clout keys` does: listed without
/// their secrets, created with a scope (the secret shown once, on the answer to the post), revoked at once.
/// </summary>
public sealed class KeysModel(ApiKeyStore store) : PageModel
{
    public IReadOnlyList<ApiKeyInfo> Keys { get; private set; } = [];

    /// <summary>The new key's secret, on the one page that answers its creation; never stored in clear, never shown again.</summary>
    public string? NewSecret { get; private set; }

    public string? Message { get; private set; }

    public string? Problem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await store.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? name, string? scope, CancellationToken cancellationToken)
    {
        var label = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (scope is null || !StoredNames.All<KeyScope>().Contains(scope))
        {
            return await RefuseAsync($"Scope: '{scope}' is not a scope; choose {string.Join(", ", StoredNames.All<KeyScope>())}.", cancellationToken);
        }
        try
        {
            NewSecret = await store.CreateAsync(label, StoredNames.Parse<KeyScope>(scope), cancellationToken);
        }
        catch (StorageValidationException e)
        {
            return await RefuseAsync($"Name: {e.Message}", cancellationToken);
        }
        // Never cached anywhere: the secret is in this answer only.
        Response.Headers.CacheControl = "no-store";
        Keys = await store.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken cancellationToken)
    {
        try
        {
            Message = await store.RevokeAsync(id, cancellationToken) ? $"API key {id} revoked: its next request is refused." : $"API key {id} was revoked already.";
        }
        catch (StorageValidationException e)
        {
            return await RefuseAsync(e.Message, cancellationToken);
        }
        Keys = await store.ListAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RefuseAsync(string problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        Keys = await store.ListAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
