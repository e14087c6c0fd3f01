namespace Clout.Storage.Workspaces;

/// <summary>A workspace's purchase and survey settings; the Shopify secret only as "is there one".</summary>
public sealed record WorkspaceSettings(int AttributionWindowDays, IReadOnlyList<string> ShopDomains, bool HasShopifySecret)
{
    /// <summary>Origins whose pages may embed the survey widget ("https://shop.example"); empty: only Clout's own pages.</summary>
    public IReadOnlyList<string> SurveyOrigins { get; init; } = [];

    /// <summary>Gross margin as a fraction (0.4 = 40 %) for ROI; null: not set, so the report shows no ROI.</summary>
    public double? GrossMargin { get; init; }
}

/// <summary>What the Shopify webhook needs to verify a delivery: the workspace and its protected secret (null: webhook off).</summary>
public sealed record ShopifyEndpoint(WorkspaceInfo Workspace, string? ProtectedSecret);
