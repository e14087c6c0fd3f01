using Clout.Core.Attribution;
using Clout.Core.Names;
using Clout.Core.Roster;
using Clout.Core.Tracking;

namespace Clout.Core.Tests.Names;

/// <summary>The mechanism; each stored enum's own names are pinned beside it (ClickKindNamesTests …).</summary>
public sealed class StoredNamesTests
{
    [Fact]
    public void Parse_UnknownName_NamesTheKindWithItsArticleAndEveryValidName()
    {
        Assert.Equal("'robot' is not a click kind (human, bot, preview, scanner, head, internal).",
            Assert.Throws<FormatException>(() => StoredNames.Parse<ClickKind>("robot")).Message);
        Assert.Equal("'x' is not an attribution source (creator, code, click, survey, none).",
            Assert.Throws<FormatException>(() => StoredNames.Parse<AttributionSource>("x")).Message);
    }

    [Fact]
    public void Parse_Null_IsRefusedLikeAnUnknownName() =>
        Assert.Throws<FormatException>(() => StoredNames.Parse<ClickKind>(null!));

    /// <summary>An enum whose member names were never meant to be stored cannot be stored by accident.</summary>
    [Fact]
    public void ToName_EnumNotMarkedStoredByName_Throws() =>
        Assert.Contains("[StoredByName]", Assert.Throws<TypeInitializationException>(() => Tier.Micro.ToName<Tier>()).InnerException!.Message, StringComparison.Ordinal);

    [Fact]
    public void All_EveryNameInTheEnumsOrder() =>
        Assert.Equal(["creator", "code", "click", "survey", "none"], StoredNames.All<AttributionSource>());
}
