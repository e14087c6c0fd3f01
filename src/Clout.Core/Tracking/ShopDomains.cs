namespace Clout.Core.Tracking;

/// <summary>
/// The hosts a workspace's tracking links may lead to, written "shop.example, www.shop.example". Hosts match
/// exactly (case aside): listing shop.example does not let evil-shop.example or shop.example.evil through.
/// No list means any host, as long as the link is an absolute http(s) URL.
/// </summary>
public static class ShopDomains
{
    public static IReadOnlyList<string> Parse(string? list) =>
        (list ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => h.TrimEnd('.').ToLowerInvariant())
            .Where(h => h.Length > 0)
            .ToList();

    /// <summary>The URL a redirect may send people to, or null: absolute http(s), no credentials, on a listed host.</summary>
    public static Uri? Allowed(string? destination, string? list)
    {
        if (destination is null || !Uri.TryCreate(destination, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0 || uri.IdnHost.Length == 0)
        {
            return null;
        }
        var hosts = Parse(list);
        return hosts.Count == 0 || hosts.Contains(uri.IdnHost.TrimEnd('.').ToLowerInvariant(), StringComparer.Ordinal) ? uri : null;
    }
}
