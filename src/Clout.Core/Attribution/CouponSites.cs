using Clout.Core.Tracking;

namespace Clout.Core.Attribution;

/// <summary>
/// Coupon, cashback and deal sites that scrape and republish promo codes. An order that used an influencer's code,
/// came from one of these and never clicked the influencer's link most likely found the code there, not with the
/// influencer. The list is short on purpose: the large international sites; a host matches a domain or any of its
/// subdomains (www.retailmenot.com, de.rakuten.com).
/// </summary>
public static class CouponSites
{
    public static IReadOnlyList<string> Domains { get; } =
    [
        "joinhoney.com", "honey.io", "retailmenot.com", "retailmenot.ca", "rakuten.com", "rakuten.ca", "couponfollow.com",
        "dealspotr.com", "wethrift.com", "knoji.com", "slickdeals.net", "mydealz.de", "groupon.com", "groupon.co.uk",
        "groupon.de", "groupon.fr", "vouchercodes.co.uk", "hotukdeals.com", "dealabs.com", "coupons.com", "couponbirds.com",
        "couponcabin.com", "savings.com", "promocodes.com", "capitaloneshopping.com", "karmanow.com", "topcashback.com",
        "topcashback.co.uk", "quidco.com", "gutscheine.de",
    ];

    /// <summary>The coupon domain a referrer URL (or bare host) belongs to; null when it is none of them or unreadable.</summary>
    public static string? Match(string? referrer)
    {
        var host = ReferrerHost.Of(referrer);
        if (host is null)
        {
            return null;
        }
        foreach (var domain in Domains)
        {
            if (host == domain || host.EndsWith("." + domain, StringComparison.Ordinal))
            {
                return domain;
            }
        }
        return null;
    }
}
