using Clout.Core.Orders;
using Clout.Core.Roster;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Workspaces;

/// <summary>
/// A workspace's purchase settings: the attribution window, the shop's domains, the shops' webhook secrets and the
/// order-proof secret. The secrets arrive already protected (encrypted by the app's Data Protection key ring): storage
/// never sees them in clear.
/// </summary>
public sealed class WorkspaceSettingsStore(CloutDbContext db, LiveSurveyMemory surveys)
{
    public const int MinAttributionWindowDays = 1;

    /// <summary>Longer than a quarter and a click is no longer a plausible cause of a purchase.</summary>
    public const int MaxAttributionWindowDays = 90;

    private const int MaxShopDomainsLength = 1000;

    public async Task<WorkspaceSettings> GetAsync(long workspaceId, CancellationToken cancellationToken)
    {
        var row = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId)
            .Select(w => new
            {
                w.AttributionWindowDays, w.ShopDomains, HasSecret = w.ShopifySecretProtected != null,
                HasWooCommerceSecret = w.WooCommerceSecretProtected != null, w.SurveyOrigins, w.GrossMargin,
            })
            .SingleAsync(cancellationToken);
        return new WorkspaceSettings(row.AttributionWindowDays, SplitDomains(row.ShopDomains), row.HasSecret)
        {
            HasWooCommerceSecret = row.HasWooCommerceSecret,
            SurveyOrigins = SplitDomains(row.SurveyOrigins),
            GrossMargin = row.GrossMargin,
        };
    }

    /// <exception cref="StorageValidationException">The window is outside 1–90 days.</exception>
    public async Task SetAttributionWindowAsync(long workspaceId, int days, CancellationToken cancellationToken)
    {
        if (days is < MinAttributionWindowDays or > MaxAttributionWindowDays)
        {
            throw new StorageValidationException($"The attribution window must be {MinAttributionWindowDays}-{MaxAttributionWindowDays} days, not {days}.");
        }
        await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteUpdateAsync(s => s.SetProperty(w => w.AttributionWindowDays, days), cancellationToken);
    }

    /// <summary>Sets the gross margin (a fraction: 0.4 = 40 %) that ROI uses; null clears it.</summary>
    /// <exception cref="StorageValidationException">The margin is not between 0 and 1.</exception>
    public async Task SetGrossMarginAsync(long workspaceId, double? margin, CancellationToken cancellationToken)
    {
        if (margin is { } m && (!double.IsFinite(m) || m < 0 || m > 1))
        {
            throw new StorageValidationException($"The gross margin is a fraction between 0 and 1 (0.4 = 40 %), not {m.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
        await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteUpdateAsync(s => s.SetProperty(w => w.GrossMargin, margin), cancellationToken);
    }

    /// <summary>Sets the shop's host names from "a.com, www.a.com"; an empty list clears them (any host).</summary>
    /// <exception cref="StorageValidationException">One is not a host name, or they are too long together.</exception>
    public async Task<IReadOnlyList<string>> SetShopDomainsAsync(long workspaceId, string domains, CancellationToken cancellationToken)
    {
        var normalized = NormalizeDomains(domains);
        var joined = normalized.Count == 0 ? null : string.Join(',', normalized);
        await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteUpdateAsync(s => s.SetProperty(w => w.ShopDomains, joined), cancellationToken);
        return normalized;
    }

    /// <summary>Sets the origins allowed to embed surveys from "https://shop.example, https://www.shop.example"; "" clears them.</summary>
    /// <exception cref="StorageValidationException">One is not an http(s) origin.</exception>
    public async Task<IReadOnlyList<string>> SetSurveyOriginsAsync(long workspaceId, string origins, CancellationToken cancellationToken)
    {
        var normalized = NormalizeOrigins(origins);
        var joined = normalized.Count == 0 ? null : string.Join(',', normalized);
        await db.Workspaces.Where(w => w.Id == workspaceId).ExecuteUpdateAsync(s => s.SetProperty(w => w.SurveyOrigins, joined), cancellationToken);
        surveys.ForgetAll();
        return normalized;
    }

    /// <summary>
    /// Origins as browsers send them in the Origin header: scheme://host[:port], lower-case, default port left out.
    /// A path, query or other scheme is refused rather than silently cut, as it shows a misunderstanding.
    /// </summary>
    public static List<string> NormalizeOrigins(string origins)
    {
        ArgumentNullException.ThrowIfNull(origins);
        var result = new List<string>();
        foreach (var part in origins.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(part, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.PathAndQuery != "/" || uri.Fragment.Length > 0 || !string.IsNullOrEmpty(uri.UserInfo) || part.TrimEnd('/').Length < part.Length - 1)
            {
                throw new StorageValidationException($"'{part}' is not an origin; write e.g. https://shop.example.com (scheme and host, no path).");
            }
            var origin = uri.GetLeftPart(UriPartial.Authority).ToLowerInvariant();
            if (!result.Contains(origin))
            {
                result.Add(origin);
            }
        }
        return Fitting(result, "survey origins");
    }

    /// <summary>Stores a shop's protected webhook secret; null turns that shop's webhook off.</summary>
    public async Task SetWebhookSecretAsync(long workspaceId, WebhookProvider provider, string? protectedSecret, CancellationToken cancellationToken)
    {
        var workspaces = db.Workspaces.Where(w => w.Id == workspaceId);
        _ = provider switch
        {
            WebhookProvider.Shopify => await workspaces.ExecuteUpdateAsync(s => s.SetProperty(w => w.ShopifySecretProtected, protectedSecret), cancellationToken),
            WebhookProvider.WooCommerce => await workspaces.ExecuteUpdateAsync(s => s.SetProperty(w => w.WooCommerceSecretProtected, protectedSecret), cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Not a webhook provider."),
        };
    }

    /// <summary>The workspace's order-proof secret as stored (protected), or null when none was made yet.</summary>
    public Task<string?> GetOrderProofSecretAsync(long workspaceId, CancellationToken cancellationToken) =>
        db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.OrderProofSecretProtected).SingleAsync(cancellationToken);

    /// <summary>
    /// Stores a protected order-proof secret and returns the one stored afterwards. With <paramref name="replace"/>
    /// false it is stored only when there is none, so that when two first uses race, both get the first one's secret.
    /// </summary>
    public async Task<string> SetOrderProofSecretAsync(long workspaceId, string protectedSecret, bool replace, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(protectedSecret);
        await db.Workspaces.Where(w => w.Id == workspaceId && (replace || w.OrderProofSecretProtected == null))
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.OrderProofSecretProtected, protectedSecret), cancellationToken);
        return (await GetOrderProofSecretAsync(workspaceId, cancellationToken))!;
    }

    /// <summary>The workspace named in a shop's webhook URL and its protected secret for that shop, or null when there is no such workspace.</summary>
    public async Task<WebhookWorkspace?> FindWebhookWorkspaceAsync(string workspaceName, WebhookProvider provider, CancellationToken cancellationToken)
    {
        var normalized = workspaceName.Trim().ToLowerInvariant();
        var row = await db.Workspaces.AsNoTracking().Where(w => w.Name == normalized)
            .Select(w => new
            {
                w.Id, w.Name, w.MicroFrom, w.MacroFrom, w.CelebrityFrom,
                Secret = provider == WebhookProvider.WooCommerce ? w.WooCommerceSecretProtected : w.ShopifySecretProtected,
            })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null
            : new WebhookWorkspace(new WorkspaceInfo(row.Id, row.Name, new TierPolicy(row.MicroFrom, row.MacroFrom, row.CelebrityFrom)), row.Secret);
    }

    /// <summary>Lower-case host names, without duplicates; "https://Shop.example/" is read as shop.example.</summary>
    public static List<string> NormalizeDomains(string domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var result = new List<string>();
        foreach (var part in domains.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = part.ToLowerInvariant();
            if (host.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(host, UriKind.Absolute, out var uri))
            {
                host = uri.Host;
            }
            host = host.TrimEnd('/', '.');
            if (Uri.CheckHostName(host) != UriHostNameType.Dns || !host.Contains('.', StringComparison.Ordinal) && host != "localhost")
            {
                throw new StorageValidationException($"'{part}' is not a host name; write e.g. shop.example.com.");
            }
            if (!result.Contains(host))
            {
                result.Add(host);
            }
        }
        return Fitting(result, "shop domains");
    }

    /// <summary>The list when its stored form fits its column; checked while normalizing so every door refuses it before anything is written.</summary>
    private static List<string> Fitting(List<string> list, string what)
    {
        var length = list.Sum(s => s.Length) + Math.Max(0, list.Count - 1);
        return length > MaxShopDomainsLength
            ? throw new StorageValidationException($"The {what} take {length} characters; at most {MaxShopDomainsLength} are allowed.")
            : list;
    }

    private static List<string> SplitDomains(string? domains) =>
        domains is null ? [] : [.. domains.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
