using System.Globalization;
using Clout.Core.Orders;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Webhooks;

namespace Clout.Workspaces;

/// <summary>
/// The one place a change to a workspace's settings is checked and stored, for `clout workspace settings|shopify|woocommerce` and
/// the settings page alike. Each door names its fields its own way (an option, a label), so messages take the name.
/// </summary>
public static class WorkspaceSettingsForm
{
    public const string GrossMarginField = "margin";
    public const string AttributionWindowField = "attribution_window_days";
    public const string ShopDomainsField = "shop_domains";
    public const string SurveyOriginsField = "survey_origins";
    public const string ShopifySecretField = "shopify_secret";
    public const string WooCommerceSecretField = "woocommerce_secret";

    /// <summary>
    /// The change, or the errors by field (never both). Null input leaves a setting as it is; a blank margin, domain
    /// list or origin list clears it; a blank secret is not a secret.
    /// </summary>
    public static (WorkspaceSettingsChange? Change, IReadOnlyDictionary<string, string> Errors) Read(
        string? grossMargin, string? attributionWindowDays, string? shopDomains, string? surveyOrigins, string? shopifySecret,
        Func<string, string> name, string? wooCommerceSecret = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var change = new WorkspaceSettingsChange { ShopDomains = shopDomains, SurveyOrigins = surveyOrigins };
        if (grossMargin is not null)
        {
            var margin = grossMargin.Trim().Length == 0 ? null : GrossMargin(grossMargin);
            if (grossMargin.Trim().Length > 0 && margin is null)
            {
                errors[GrossMarginField] =
                    $"{name(GrossMarginField)} must be a fraction between 0 and 1 or a percentage between 0% and 100% (\"0.4\" or \"40%\"), not '{grossMargin}'.";
            }
            change = change with { GrossMargin = margin, ClearGrossMargin = margin is null };
        }
        if (attributionWindowDays is not null)
        {
            if (!int.TryParse(attributionWindowDays.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var days)
                || days is < WorkspaceSettingsStore.MinAttributionWindowDays or > WorkspaceSettingsStore.MaxAttributionWindowDays)
            {
                errors[AttributionWindowField] =
                    $"{name(AttributionWindowField)} must be {WorkspaceSettingsStore.MinAttributionWindowDays}-{WorkspaceSettingsStore.MaxAttributionWindowDays}.";
            }
            else
            {
                change = change with { AttributionWindowDays = days };
            }
        }
        Check(errors, ShopDomainsField, name, shopDomains, d => WorkspaceSettingsStore.NormalizeDomains(d));
        Check(errors, SurveyOriginsField, name, surveyOrigins, o => WorkspaceSettingsStore.NormalizeOrigins(o));
        if (Secret(errors, ShopifySecretField, name, shopifySecret) is { } shopify)
        {
            change = change with { ShopifySecret = shopify };
        }
        if (Secret(errors, WooCommerceSecretField, name, wooCommerceSecret) is { } wooCommerce)
        {
            change = change with { WooCommerceSecret = wooCommerce };
        }
        return errors.Count > 0 ? (null, errors) : (change, errors);
    }

    /// <summary>Stores every part of the change; the secret encrypted with the app's key ring.</summary>
    public static async Task ApplyAsync(
        WorkspaceSettingsStore store, WebhookSecrets secrets, long workspaceId, WorkspaceSettingsChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(change);
        if (change.GrossMargin is not null || change.ClearGrossMargin)
        {
            await store.SetGrossMarginAsync(workspaceId, change.GrossMargin, cancellationToken);
        }
        if (change.AttributionWindowDays is { } days)
        {
            await store.SetAttributionWindowAsync(workspaceId, days, cancellationToken);
        }
        if (change.ShopDomains is not null)
        {
            await store.SetShopDomainsAsync(workspaceId, change.ShopDomains, cancellationToken);
        }
        if (change.SurveyOrigins is not null)
        {
            await store.SetSurveyOriginsAsync(workspaceId, change.SurveyOrigins, cancellationToken);
        }
        if (change.ShopifySecret is not null || change.ClearShopifySecret)
        {
            var secret = change.ShopifySecret is { } clear ? secrets.Protect(WebhookProvider.Shopify, clear) : null;
            await store.SetWebhookSecretAsync(workspaceId, WebhookProvider.Shopify, secret, cancellationToken);
        }
        if (change.WooCommerceSecret is not null || change.ClearWooCommerceSecret)
        {
            var secret = change.WooCommerceSecret is { } clear ? secrets.Protect(WebhookProvider.WooCommerce, clear) : null;
            await store.SetWebhookSecretAsync(workspaceId, WebhookProvider.WooCommerce, secret, cancellationToken);
        }
    }

    /// <summary>"0.4", "40%" or "40 %" as a fraction between 0 and 1; null when it is none of those.</summary>
    public static double? GrossMargin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (!double.TryParse(percent ? trimmed[..^1].TrimEnd() : trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var fraction = percent ? value / 100 : value;
        return double.IsFinite(fraction) && fraction is >= 0 and <= 1 ? fraction : null;
    }

    private static void Check(Dictionary<string, string> errors, string field, Func<string, string> name, string? value, Action<string> normalize)
    {
        if (value is null)
        {
            return;
        }
        try
        {
            normalize(value);
        }
        catch (StorageValidationException e)
        {
            errors[field] = $"{name(field)}: {e.Message}";
        }
    }

    /// <summary>The trimmed secret, or null with the error recorded (blank or too long) or when none was given.</summary>
    private static string? Secret(Dictionary<string, string> errors, string field, Func<string, string> name, string? value)
    {
        if (value is null)
        {
            return null;
        }
        var secret = value.Trim();
        if (secret.Length == 0)
        {
            errors[field] = $"{name(field)} is empty.";
            return null;
        }
        if (secret.Length > WebhookSecrets.MaxSecretLength)
        {
            errors[field] = $"{name(field)} is {secret.Length} characters long; at most {WebhookSecrets.MaxSecretLength} are allowed.";
            return null;
        }
        return secret;
    }
}
