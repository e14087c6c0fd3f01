using Clout.Core.Attribution;
using Clout.Core.Names;

namespace Clout.Core.Tests.Attribution;

public sealed class AttributionSourceNamesTests
{
    /// <summary>The names in the orders' attribution_source column and the API's JSON: they must never change.</summary>
    [Theory]
    [InlineData(AttributionSource.Creator, "creator")]
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
    [InlineData("creator", AttributionSource.Creator)]
    [InlineData("code", AttributionSource.Code)]
    [InlineData("click", AttributionSource.Click)]
    [InlineData("survey", AttributionSource.Survey)]
    [InlineData("none", AttributionSource.None)]
    public void Parse_StoredNames(string text, AttributionSource expected)
    {
        Assert.Equal(expected, StoredNames.Parse<AttributionSource>(text));
    }

    /// <summary>Only what <see cref="StoredNames.ToName{TEnum}"/> writes is read back: anything else in the column is corrupt, not "none".</summary>
    [Theory]
    [InlineData("Survey")]
    [InlineData("nonsense")]
    [InlineData("")]
    public void Parse_NotAStoredName_ThrowsNamingTheValueAndTheNames(string text)
    {
        var error = Assert.Throws<FormatException>(() => StoredNames.Parse<AttributionSource>(text));
        Assert.Equal($"'{text}' is not an attribution source (creator, code, click, survey, none).", error.Message);
    }

    [Fact]
    public void Parse_EveryStoredName_ReadsBackItsSource()
    {
        foreach (var source in Enum.GetValues<AttributionSource>())
        {
            Assert.Equal(source, StoredNames.Parse<AttributionSource>(source.ToName()));
        }
    }

    [Fact]
    public void ToName_EverySource_FitsTheColumn()
    {
        // The orders table's attribution_source column is 16 characters wide.
        Assert.All(Enum.GetValues<AttributionSource>(), s => Assert.InRange(s.ToName().Length, 1, 16));
    }
}
