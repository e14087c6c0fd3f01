using Clout.Core.Roster;
using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class CloutRefParameterTests
{
    [Theory]
    [InlineData("/products/mug?utm_source=ig&clout_ref=AbC_123-x#top", "AbC_123-x")]
    [InlineData("https://shop.example/?clout_ref=r1", "r1")]
    [InlineData("/?clout%5Fref=a%2Bb", "a+b")]
    [InlineData("/?clout_ref=a+b", "a b")]
    [InlineData("/?clout_ref=%zz", "%zz")]
    [InlineData("/?clout_ref=", null)]
    [InlineData("/?other=1", null)]
    [InlineData("/#clout_ref=r1", null)]
    [InlineData("/products/mug", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FromUrl_LandingSite_TheRefOrNull(string? url, string? expected) =>
        Assert.Equal(expected, CloutRefParameter.FromUrl(url));

    [Fact]
    public void FromUrl_RedirectTargetsUrl_TheRefItCarries()
    {
        var target = RedirectTarget.For("https://shop.example/tea?clout_ref=stale#x", null, Platform.Instagram, "mila", "Spring");

        Assert.Equal("0192a3b4c5d6AbCdEfGhIjKlMnOp", CloutRefParameter.FromUrl(target!.WithRef("0192a3b4c5d6AbCdEfGhIjKlMnOp")));
    }
}
