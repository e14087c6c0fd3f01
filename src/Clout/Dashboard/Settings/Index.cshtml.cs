using System.Globalization;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Webhooks;
using Clout.Workspaces;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Clout.Dashboard.Settings;

/// <summary>
/// The workspace's settings for its owners, checked and stored by <see cref="WorkspaceSettingsForm"/> as
/// `clout workspace settings` does. The shops' webhook secrets are write-only: the page says whether one is set, never what it is.
/// </summary>
public sealed class IndexModel(WorkspaceSettingsStore store, WebhookSecrets secrets, WorkspaceScope scope) : PageModel
{
    /// <summary>The labels of the form's fields, which the messages name.</summary>
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [WorkspaceSettingsForm.GrossMarginField] = "Gross margin",
        [WorkspaceSettingsForm.AttributionWindowField] = "Attribution window",
        [WorkspaceSettingsForm.ShopDomainsField] = "Shop domains",
        [WorkspaceSettingsForm.SurveyOriginsField] = "Survey origins",
        [WorkspaceSettingsForm.ShopifySecretField] = "Shopify secret",
        [WorkspaceSettingsForm.WooCommerceSecretField] = "WooCommerce secret",
    };

    public string Workspace => scope.WorkspaceName ?? "";

    public bool HasShopifySecret { get; private set; }

    public bool HasWooCommerceSecret { get; private set; }

    public bool Saved { get; private set; }

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    /// <summary>What the inputs show: the stored values, or after a refused post what was typed (never the secret).</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    public async Task OnGetAsync(bool saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        var settings = await store.GetAsync(scope.WorkspaceId, cancellationToken);
        HasShopifySecret = settings.HasShopifySecret;
        HasWooCommerceSecret = settings.HasWooCommerceSecret;
        Values[WorkspaceSettingsForm.GrossMarginField] = settings.GrossMargin is { } m ? (m * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "";
        Values[WorkspaceSettingsForm.AttributionWindowField] = settings.AttributionWindowDays.ToString(CultureInfo.InvariantCulture);
        Values[WorkspaceSettingsForm.ShopDomainsField] = string.Join(", ", settings.ShopDomains);
        Values[WorkspaceSettingsForm.SurveyOriginsField] = string.Join(", ", settings.SurveyOrigins);
    }

    public async Task<IActionResult> OnPostAsync(
        [FromForm(Name = WorkspaceSettingsForm.GrossMarginField)] string? margin,
        [FromForm(Name = WorkspaceSettingsForm.AttributionWindowField)] string? window,
        [FromForm(Name = WorkspaceSettingsForm.ShopDomainsField)] string? domains,
        [FromForm(Name = WorkspaceSettingsForm.SurveyOriginsField)] string? origins,
        [FromForm(Name = WorkspaceSettingsForm.ShopifySecretField)] string? secret,
        [FromForm(Name = "remove_shopify_secret")] bool removeSecret,
        [FromForm(Name = WorkspaceSettingsForm.WooCommerceSecretField)] string? wooCommerceSecret,
        [FromForm(Name = "remove_woocommerce_secret")] bool removeWooCommerceSecret,
        CancellationToken cancellationToken)
    {
        // A blank secret keeps the stored one: the field is empty on every visit because the secret is never shown.
        var newSecret = string.IsNullOrWhiteSpace(secret) ? null : secret;
        var newWooCommerceSecret = string.IsNullOrWhiteSpace(wooCommerceSecret) ? null : wooCommerceSecret;
        var (change, errors) = WorkspaceSettingsForm.Read(margin ?? "", window ?? "", domains ?? "", origins ?? "", newSecret, field => Labels[field],
            newWooCommerceSecret);
        if (change is null)
        {
            Errors = errors;
            var stored = await store.GetAsync(scope.WorkspaceId, cancellationToken);
            HasShopifySecret = stored.HasShopifySecret;
            HasWooCommerceSecret = stored.HasWooCommerceSecret;
            Values[WorkspaceSettingsForm.GrossMarginField] = margin ?? "";
            Values[WorkspaceSettingsForm.AttributionWindowField] = window ?? "";
            Values[WorkspaceSettingsForm.ShopDomainsField] = domains ?? "";
            Values[WorkspaceSettingsForm.SurveyOriginsField] = origins ?? "";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await WorkspaceSettingsForm.ApplyAsync(store, secrets, scope.WorkspaceId, change with
        {
            ClearShopifySecret = removeSecret && newSecret is null,
            ClearWooCommerceSecret = removeWooCommerceSecret && newWooCommerceSecret is null,
        }, cancellationToken);
        return Redirect("/settings?saved=true");
    }

    public string Value(string field) => Values.GetValueOrDefault(field, "");

    public string? Error(string field) => Errors.GetValueOrDefault(field);
}
