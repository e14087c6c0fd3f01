namespace Clout.Core.Roster;

/// <summary>The lower-case names used in files, URLs and JSON ("instagram", "tiktok", …).</summary>
public static class PlatformNames
{
    private static readonly Dictionary<string, Platform> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["instagram"] = Platform.Instagram,
        ["ig"] = Platform.Instagram,
        ["tiktok"] = Platform.TikTok,
        ["youtube"] = Platform.YouTube,
        ["yt"] = Platform.YouTube,
        ["x"] = Platform.X,
        ["twitter"] = Platform.X,
        ["other"] = Platform.Other,
    };

    public static string All => "instagram, tiktok, youtube, x, other";

    public static bool TryParse(string? text, out Platform platform) =>
        ByName.TryGetValue(text?.Trim() ?? "", out platform);

    /// <summary>Parses a name known to be valid (e.g. read back from the database).</summary>
    public static Platform Parse(string text) =>
        TryParse(text, out var platform) ? platform : throw new FormatException($"'{text}' is not a platform ({All}).");

    public static string ToName(this Platform platform) => platform switch
    {
        Platform.Instagram => "instagram",
        Platform.TikTok => "tiktok",
        Platform.YouTube => "youtube",
        Platform.X => "x",
        _ => "other",
    };
}
