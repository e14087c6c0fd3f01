using Clout.Core.Names;
using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class ClickKindNamesTests
{
    /// <summary>The names in the database, the migrations' trigger and every report: they must never change.</summary>
    [Theory]
    [InlineData(ClickKind.Human, "human")]
    [InlineData(ClickKind.Bot, "bot")]
    [InlineData(ClickKind.Preview, "preview")]
    [InlineData(ClickKind.Scanner, "scanner")]
    [InlineData(ClickKind.Head, "head")]
    [InlineData(ClickKind.Internal, "internal")]
    public void ToName_EveryKind_TheStoredName_AndParsesBack(ClickKind kind, string name)
    {
        Assert.Equal(name, kind.ToName());
        Assert.Equal(kind, StoredNames.Parse<ClickKind>(name));
    }

    [Fact]
    public void ToName_EveryKind_FitsTheKindColumn()
    {
        // The clicks table's kind column is 16 characters wide.
        Assert.All(Enum.GetValues<ClickKind>(), k => Assert.InRange(k.ToName().Length, 1, 16));
    }

    [Theory]
    [InlineData("Human")]
    [InlineData("robot")]
    [InlineData("")]
    public void Parse_NotAStoredName_Throws(string name) =>
        Assert.Throws<FormatException>(() => StoredNames.Parse<ClickKind>(name));

    [Fact]
    public void ToName_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ClickKind)99).ToName());
}
