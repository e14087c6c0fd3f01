namespace Clout.Core.Tracking;

/// <summary>
/// The host of a referrer, which is all a click keeps of it: the path and the query string can carry a person's
/// e-mail address or a sign-in token. Lower case, without user info, port or trailing dot.
/// </summary>
public static class ReferrerHost
{
    /// <summary>Longest host name DNS allows; anything longer is not a host.</summary>
    public const int MaxLength = 253;

    /// <summary>The host of a referrer URL (or a bare host such as "retailmenot.com/view/shop"); null when none can be read.</summary>
    public static string? Of(string? referrer)
    {
        if (string.IsNullOrWhiteSpace(referrer))
        {
            return null;
        }
        var text = referrer.AsSpan().Trim();
        var scheme = text.IndexOf("://", StringComparison.Ordinal);
        // The common case, "https://host/…" with a plain lower-case host, without Uri's allocations: this runs on every redirect.
        var rest = scheme >= 0 ? text[(scheme + 3)..] : text;
        var end = rest.IndexOfAny('/', '?', '#');
        var host = end >= 0 ? rest[..end] : rest;
        if (host.Length is > 0 and <= MaxLength && IsPlainHost(host))
        {
            return host.ToString();
        }
        var absolute = scheme >= 0 ? text.ToString() : "https://" + text.ToString();
        if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }
        var found = uri.Host.TrimEnd('.').ToLowerInvariant();
        return found.Length is > 0 and <= MaxLength ? found : null;
    }

    /// <summary>Lower-case letters, digits, '-' and inner dots: exactly what Uri would give back.</summary>
    private static bool IsPlainHost(ReadOnlySpan<char> host)
    {
        if (host[0] == '.' || host[^1] == '.')
        {
            return false;
        }
        foreach (var c in host)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
