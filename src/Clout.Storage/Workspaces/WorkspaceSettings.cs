namespace Clout.Storage.Workspaces;

/// <summary>A workspace's purchase and survey settings; the shops' webhook secrets only as "is there one".</summary>
public sealed record WorkspaceSettings(int AttributionWindowDays, IReadOnlyList<string> ShopDomains, bool HasShopifySecret)
{
    /// <summary>Origins whose pages may embed the survey widget ("https://shop.example"); empty: only Clout's own pages.</summary>
    public IReadOnlyList<string> SurveyOrigins { get; init; } = [];

    /// <summary>Gross margin as a fraction (0.4 = 40 %) for ROI; null: not set, so the report shows no ROI.</summary>
    public double? GrossMargin { get; init; }

    /// <summary>Whether the WooCommerce webhook has a secret (is on).</summary>
    public bool HasWooCommerceSecret { get; init; }
}

/// <summary>What a shop's webhook needs to verify a delivery: the workspace and its protected secret for that shop (null: webhook off).</summary>
public sealed record WebhookWorkspace(WorkspaceInfo Workspace, string? ProtectedSecret);
