using Clout.Core.Roster;

namespace Clout.Core.Tests.Roster;

public sealed class PlatformNamesTests
{
    [Theory]
    [InlineData("instagram", Platform.Instagram)]
    [InlineData("Instagram", Platform.Instagram)]
    [InlineData("INSTAGRAM", Platform.Instagram)]
    [InlineData("ig", Platform.Instagram)]
    [InlineData(" IG ", Platform.Instagram)]
    [InlineData("tiktok", Platform.TikTok)]
    [InlineData("TikTok", Platform.TikTok)]
    [InlineData("youtube", Platform.YouTube)]
    [InlineData("YouTube", Platform.YouTube)]
    [InlineData("yt", Platform.YouTube)]
    [InlineData("x", Platform.X)]
    [InlineData("X", Platform.X)]
    [InlineData("twitter", Platform.X)]
    [InlineData("\tTwitter\n", Platform.X)]
    [InlineData("other", Platform.Other)]
    public void TryParse_KnownNameOrAlias_ReturnsPlatform(string text, Platform expected)
    {
        Assert.True(PlatformNames.TryParse(text, out var platform));
        Assert.Equal(expected, platform);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("facebook")]
    [InlineData("insta")]
    [InlineData("tik tok")]
    [InlineData("you tube")]
    [InlineData("0")]
    [InlineData("Instagram,")]
    public void TryParse_UnknownName_ReturnsFalse(string? text)
    {
        Assert.False(PlatformNames.TryParse(text, out _));
    }

    [Fact]
    public void Parse_Alias_ReturnsPlatform()
    {
        Assert.Equal(Platform.YouTube, PlatformNames.Parse("yt"));
    }

    [Fact]
    public void Parse_UnknownName_ThrowsFormatExceptionListingTheNames()
    {
        var error = Assert.Throws<FormatException>(() => PlatformNames.Parse("myspace"));

        Assert.Equal("'myspace' is not a platform (instagram, tiktok, youtube, x, other).", error.Message);
    }

    [Theory]
    [InlineData(Platform.Instagram, "instagram")]
    [InlineData(Platform.TikTok, "tiktok")]
    [InlineData(Platform.YouTube, "youtube")]
    [InlineData(Platform.X, "x")]
    [InlineData(Platform.Other, "other")]
    public void ToName_EachPlatform_IsLowerCaseContractName(Platform platform, string expected)
    {
        Assert.Equal(expected, platform.ToName());
    }

    [Fact]
    public void ToName_UndefinedValue_IsOther()
    {
        Assert.Equal("other", ((Platform)99).ToName());
    }

    [Fact]
    public void ToName_EveryPlatform_ParsesBackToItself()
    {
        foreach (var platform in Enum.GetValues<Platform>())
        {
            Assert.Equal(platform, PlatformNames.Parse(platform.ToName()));
        }
    }

    [Fact]
    public void All_ListsEveryPlatformName()
    {
        // Every ToName() appears in the list shown in error messages.
        var listed = PlatformNames.All.Split(", ");

        Assert.Equal(["instagram", "tiktok", "youtube", "x", "other"], listed);
        Assert.Equal(Enum.GetValues<Platform>().Length, listed.Length);
    }
}
