using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class LinkCodesTests
{
    [Theory]
    [InlineData("mila-spring", true)]
    [InlineData("A_b-9", true)]
    [InlineData("", false)]
    [InlineData("bad code", false)]
    [InlineData("bad%20code", false)]
    [InlineData("café", false)]
    [InlineData("a/b", false)]
    public void IsWellFormed_Code_OnlyLettersDigitsDashUnderscore(string code, bool wellFormed) =>
        Assert.Equal(wellFormed, LinkCodes.IsWellFormed(code));

    [Fact]
    public void IsWellFormed_AtAndOverTheLongest_TrueThenFalse()
    {
        Assert.True(LinkCodes.IsWellFormed(new string('a', LinkCodes.MaxLength)));
        Assert.False(LinkCodes.IsWellFormed(new string('a', LinkCodes.MaxLength + 1)));
    }
}
