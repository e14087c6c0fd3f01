using System.Text;
using Clout.Core.Campaigns;
using Clout.Core.Roster;
using Clout.Storage.Tracking;

namespace Clout.Tracking;

/// <summary>
/// Where a link sends people: the workspace's destination with the UTM parameters of the collaboration, ready for
/// each click's clout_ref. Built once per cached link, so a redirect only appends the ref.
/// </summary>
internal sealed record RedirectTarget(TrackingLink Link, string Prefix, string Fragment)
{
    public const string RefParameter = "clout_ref";

    /// <summary>Parameters Clout sets; a destination's own values of these are replaced, its other parameters kept.</summary>
    private static readonly string[] Owned = ["utm_source", "utm_medium", "utm_campaign", "utm_content", RefParameter];

    /// <summary>The target of a link, or null when its destination is missing, not http(s), or off the shop's domains.</summary>
    public static RedirectTarget? For(TrackingLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (ShopDomains.Allowed(link.DestinationUrl, link.ShopDomains) is not { } uri)
        {
            return null;
        }
        var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Owned.Contains(Uri.UnescapeDataString(p.Split('=')[0]), StringComparer.OrdinalIgnoreCase));
        var query = new StringBuilder(string.Join('&', kept));
        Append(query, "utm_source", link.Platform.ToName());
        Append(query, "utm_medium", "influencer");
        Append(query, "utm_campaign", link.CampaignName);
        Append(query, "utm_content", link.Handle);
        var prefix = uri.GetLeftPart(UriPartial.Path) + "?" + query + "&" + RefParameter + "=";
        return new RedirectTarget(link, prefix, uri.Fragment);
    }

    public string WithRef(string reference) => Prefix + Uri.EscapeDataString(reference) + Fragment;

    private static void Append(StringBuilder query, string name, string value)
    {
        if (query.Length > 0)
        {
            query.Append('&');
        }
        query.Append(name).Append('=').Append(Uri.EscapeDataString(value));
    }
}
