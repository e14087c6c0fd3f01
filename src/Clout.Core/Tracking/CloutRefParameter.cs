namespace Clout.Core.Tracking;

/// <summary>
/// The clout_ref query parameter that a tracking-link redirect puts on the shop URL (<see cref="RedirectTarget"/>).
/// Shops report the URL the buyer landed on (Shopify's landing_site, often a path with a query); the parameter there
/// names the click (<see cref="ClickRefs"/>).
/// </summary>
public static class CloutRefParameter
{
    public const string Name = "clout_ref";

    /// <summary>The parameter's value in an absolute or relative URL, or null.</summary>
    public static string? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return null;
        }
        var query = url[(question + 1)..];
        var hash = query.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            query = query[..hash];
        }
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && string.Equals(Unescape(pair[..equals]), Name, StringComparison.Ordinal))
            {
                var value = Unescape(pair[(equals + 1)..]).Trim();
                return value.Length > 0 ? value : null;
            }
        }
        return null;
    }

    private static string Unescape(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
