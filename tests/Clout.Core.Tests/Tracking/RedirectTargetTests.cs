using Clout.Core.Roster;
using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class RedirectTargetTests
{
    [Fact]
    public void WithRef_Destination_KeepsItsParametersAndFragment_AddsUtmAndTheRef()
    {
        var target = RedirectTarget.For("https://shop.example/products/tea?color=green#reviews", "shop.example", Platform.Instagram, "mila", "Spring Sale");

        Assert.Equal("https://shop.example/products/tea?color=green&utm_source=instagram&utm_medium=influencer&utm_campaign=Spring%20Sale&utm_content=mila&clout_ref=r1#reviews",
            target!.WithRef("r1"));
    }

    [Fact]
    public void WithRef_DestinationWithItsOwnUtmAndRef_TheirsReplaced()
    {
        var target = RedirectTarget.For("https://shop.example/?UTM_SOURCE=x&size=m&clout_ref=old&utm_campaign=y", null, Platform.TikTok, "otto", "Fall");

        Assert.Equal("https://shop.example/?size=m&utm_source=tiktok&utm_medium=influencer&utm_campaign=Fall&utm_content=otto&clout_ref=new", target!.WithRef("new"));
    }

    [Fact]
    public void WithRef_RefNeedingEscapes_Escaped()
    {
        var target = RedirectTarget.For("https://shop.example/", null, Platform.X, "a", "b");

        Assert.EndsWith("&clout_ref=a%26b%3Dc", target!.WithRef("a&b=c"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("/relative", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://shop.example/file", null)]
    [InlineData("https://user:secret@shop.example/", null)]
    [InlineData("https://evil-shop.example/", "shop.example")]
    [InlineData("https://shop.example.evil/", "shop.example")]
    public void For_DestinationNotAllowed_Null(string? destination, string? shopDomains) =>
        Assert.Null(RedirectTarget.For(destination, shopDomains, Platform.Instagram, "mila", "Spring"));

    [Fact]
    public void For_HostListedWithOtherCaseOrTrailingDot_Allowed() =>
        Assert.NotNull(RedirectTarget.For("https://WWW.Shop.Example./x", "shop.example; www.shop.example.", Platform.Instagram, "mila", "Spring"));
}
