using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class ShopDomainsTests
{
    [Fact]
    public void Parse_CommasSemicolonsSpacesCaseAndTrailingDots_Hosts() =>
        Assert.Equal(["shop.example", "www.shop.example", "b.example"], ShopDomains.Parse(" Shop.Example., www.shop.example;b.example "));

    [Fact]
    public void Parse_Null_Empty() => Assert.Empty(ShopDomains.Parse(null));

    [Theory]
    [InlineData("https://shop.example/a?b=c", "shop.example", true)]
    [InlineData("http://shop.example/", "shop.example", true)]
    [InlineData("https://anything.example/", null, true)]
    [InlineData("https://anything.example/", "", true)]
    [InlineData("https://sub.shop.example/", "shop.example", false)]
    [InlineData("https://shop.example@evil.example/", "shop.example", false)]
    [InlineData("mailto:a@shop.example", "shop.example", false)]
    public void Allowed_Destination_OnlyAbsoluteHttpOnAListedHost(string destination, string? list, bool allowed) =>
        Assert.Equal(allowed, ShopDomains.Allowed(destination, list) is not null);
}
