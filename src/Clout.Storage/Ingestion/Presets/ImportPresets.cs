namespace Clout.Storage.Ingestion.Presets;

/// <summary>Every platform export Clout reads as it comes, by name and by header.</summary>
public static class ImportPresets
{
    private static readonly IImportPreset[] All =
    [
        new ShopifyOrdersPreset(),
        new YouTubeStudioPreset(),
        new MetaPostsPreset(),
        new TikTokVideosPreset(),
        new TikTokFollowersPreset(),
        new TikTokShopAffiliatePreset(),
    ];

    /// <summary>The presets' names and descriptions for one kind (all kinds when null), for help and the import page.</summary>
    public static IReadOnlyList<(string Name, ImportKind Kind, string Description)> Describe(ImportKind? kind = null) =>
        [.. All.Where(p => kind is null || p.Kind == kind).Select(p => (p.Name, p.Kind, p.Description))];

    internal static IImportPreset? Find(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The preset of this kind whose export has this header, if exactly one recognises it.</summary>
    internal static IImportPreset? Detect(ImportKind kind, IReadOnlyList<string> header)
    {
        var found = All.Where(p => p.Kind == kind && p.Recognises(header)).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
