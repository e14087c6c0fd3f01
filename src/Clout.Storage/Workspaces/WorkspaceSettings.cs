namespace Clout.Storage.Workspaces;

/// <summary>A workspace's purchase settings; the Shopify secret only as "is there one".</summary>
public sealed record WorkspaceSettings(int AttributionWindowDays, IReadOnlyList<string> ShopDomains, bool HasShopifySecret);

/// <summary>What the Shopify webhook needs to verify a delivery: the workspace and its protected secret (null: webhook off).</summary>
public sealed record ShopifyEndpoint(WorkspaceInfo Workspace, string? ProtectedSecret);
