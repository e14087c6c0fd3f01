namespace Clout.Workspaces;

/// <summary>
/// What to change in a workspace's settings, checked by <see cref="WorkspaceSettingsForm.Read"/>; a null field stays as
/// it is. A blank margin, domain list or origin list clears it (<see cref="ClearGrossMargin"/> for the margin).
/// </summary>
public sealed record WorkspaceSettingsChange
{
    public double? GrossMargin { get; init; }

    /// <summary>The margin was given blank: no ROI until it is set again.</summary>
    public bool ClearGrossMargin { get; init; }

    public int? AttributionWindowDays { get; init; }

    public string? ShopDomains { get; init; }

    public string? SurveyOrigins { get; init; }

    /// <summary>The Shopify signing secret in clear, trimmed; stored encrypted.</summary>
    public string? ShopifySecret { get; init; }

    /// <summary>Forget the Shopify secret: the webhook refuses every delivery until a new one is set.</summary>
    public bool ClearShopifySecret { get; init; }

    /// <summary>The WooCommerce webhook secret in clear, trimmed; stored encrypted.</summary>
    public string? WooCommerceSecret { get; init; }

    /// <summary>Forget the WooCommerce secret: the webhook refuses every delivery until a new one is set.</summary>
    public bool ClearWooCommerceSecret { get; init; }
}
