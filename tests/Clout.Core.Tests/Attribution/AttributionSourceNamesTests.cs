using Clout.Core.Attribution;

namespace Clout.Core.Tests.Attribution;

public sealed class AttributionSourceNamesTests
{
    [Theory]
    [InlineData(AttributionSource.Code, "code")]
    [InlineData(AttributionSource.Click, "click")]
    [InlineData(AttributionSource.Survey, "survey")]
    [InlineData(AttributionSource.None, "none")]
    public void ToName_EachSource_IsTheStoredLowerCaseName(AttributionSource source, string expected)
    {
        Assert.Equal(expected, source.ToName());
    }

    [Fact]
    public void ToName_UndefinedSource_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((AttributionSource)42).ToName());
    }

    [Theory]
    [InlineData("code", AttributionSource.Code)]
    [InlineData("click", AttributionSource.Click)]
    [InlineData("Survey", AttributionSource.Survey)]
    [InlineData("none", AttributionSource.None)]
    [InlineData("nonsense", AttributionSource.None)]
    [InlineData(null, AttributionSource.None)]
    public void Parse_StoredNames(string? text, AttributionSource expected)
    {
        Assert.Equal(expected, AttributionSourceNames.Parse(text));
    }

    [Fact]
    public void Parse_EveryStoredName_ReadsBackItsSource()
    {
        foreach (var source in Enum.GetValues<AttributionSource>())
        {
            Assert.Equal(source, AttributionSourceNames.Parse(source.ToName()));
        }
    }
}
