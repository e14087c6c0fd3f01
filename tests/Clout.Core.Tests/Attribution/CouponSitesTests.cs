using Clout.Core.Attribution;

namespace Clout.Core.Tests.Attribution;

public sealed class CouponSitesTests
{
    [Theory]
    [InlineData("https://www.retailmenot.com/view/shop.example", "retailmenot.com")]
    [InlineData("https://de.rakuten.com/", "rakuten.com")]
    [InlineData("http://SLICKDEALS.NET/f/123", "slickdeals.net")]
    [InlineData("https://www.mydealz.de/gutscheine/shop", "mydealz.de")]
    [InlineData("couponfollow.com/site/shop.example", "couponfollow.com")]
    [InlineData("https://www.vouchercodes.co.uk/shop", "vouchercodes.co.uk")]
    public void Match_CouponHostOrSubdomain_NamesTheDomain(string referrer, string domain)
    {
        Assert.Equal(domain, CouponSites.Match(referrer));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://www.instagram.com/")]
    [InlineData("https://notretailmenot.com/")]       // a look-alike, not a subdomain
    [InlineData("https://retailmenot.com.evil.example/")]
    [InlineData("::::")]
    public void Match_OtherOrUnreadable_IsNull(string? referrer)
    {
        Assert.Null(CouponSites.Match(referrer));
    }
}
