using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class ReferrerHostTests
{
    [Theory]
    [InlineData("https://l.instagram.com/", "l.instagram.com")]
    [InlineData("https://www.tiktok.com", "www.tiktok.com")]
    [InlineData("https://mail.example.com/inbox?email=ana%40example.com&token=secret#m1", "mail.example.com")]
    [InlineData("https://Mail.Example.COM:8443/x?y=z", "mail.example.com")]
    [InlineData("https://user:password@shop.example/p", "shop.example")]
    [InlineData("http://example.com./", "example.com")]
    [InlineData("https://[2001:db8::1]:8080/path", "[2001:db8::1]")]
    [InlineData("android-app://com.google.android.gm/", "com.google.android.gm")]
    [InlineData("retailmenot.com/view/shop.example", "retailmenot.com")]
    [InlineData("  https://t.co/abc  ", "t.co")]
    [InlineData("https://bücher.example/", "bücher.example")]
    public void Of_Referrer_OnlyTheHostInLowerCase(string referrer, string host) => Assert.Equal(host, ReferrerHost.Of(referrer));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("https://")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url at all")]
    public void Of_Unreadable_IsNull(string? referrer) => Assert.Null(ReferrerHost.Of(referrer));

    [Fact]
    public void Of_HostLongerThanDnsAllows_IsNull() =>
        Assert.Null(ReferrerHost.Of("https://" + string.Join('.', Enumerable.Repeat(new string('a', 60), 5)) + "/"));

    [Theory]
    [InlineData("https://www.instagram.com/p/xyz/?igsh=abc")]
    [InlineData("https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example")]
    [InlineData("https://www.youtube.com/")]
    [InlineData("https://WWW.Example.com/A")]
    [InlineData("https://a-b.c-d.example:443/")]
    public void Of_CommonReferrers_SameAsUri(string referrer) =>
        Assert.Equal(new Uri(referrer).Host.ToLowerInvariant(), ReferrerHost.Of(referrer));
}
