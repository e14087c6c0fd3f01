using System.Text;
using Clout.Core.Roster;

namespace Clout.Core.Tracking;

/// <summary>
/// Where a link sends people: the workspace's destination with the UTM parameters of the collaboration, ready for
/// each click's clout_ref. Built once per cached link, so a redirect only appends the ref.
/// </summary>
public sealed class RedirectTarget
{
    /// <summary>Parameters Clout sets; a destination's own values of these are replaced, its other parameters kept.</summary>
    private static readonly string[] Owned = ["utm_source", "utm_medium", "utm_campaign", "utm_content", CloutRefParameter.Name];

    private readonly string _prefix;
    private readonly string _fragment;

    private RedirectTarget(string prefix, string fragment)
    {
        _prefix = prefix;
        _fragment = fragment;
    }

    /// <summary>
    /// The target of a collaboration's link, or null when its destination is missing, not http(s), or off the shop's
    /// domains (<see cref="ShopDomains"/>).
    /// </summary>
    public static RedirectTarget? For(string? destinationUrl, string? shopDomains, Platform platform, string handle, string campaignName)
    {
        ArgumentNullException.ThrowIfNull(handle);
        ArgumentNullException.ThrowIfNull(campaignName);
        if (ShopDomains.Allowed(destinationUrl, shopDomains) is not { } uri)
        {
            return null;
        }
        var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Owned.Contains(Uri.UnescapeDataString(p.Split('=')[0]), StringComparer.OrdinalIgnoreCase));
        var query = new StringBuilder(string.Join('&', kept));
        Append(query, "utm_source", platform.ToName());
        Append(query, "utm_medium", "influencer");
        Append(query, "utm_campaign", campaignName);
        Append(query, "utm_content", handle);
        var prefix = uri.GetLeftPart(UriPartial.Path) + "?" + query + "&" + CloutRefParameter.Name + "=";
        return new RedirectTarget(prefix, uri.Fragment);
    }

    /// <summary>The URL to send one click to: the target with the click's ref.</summary>
    public string WithRef(string reference) => _prefix + Uri.EscapeDataString(reference) + _fragment;

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }
        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
