using Clout.Core.Access;
using Clout.Core.Names;

namespace Clout.Core.Tests.Access;

public sealed class KeyScopeNamesTests
{
    /// <summary>The names in the keys' scope column, the CLI's --scope and the API's JSON: they must never change.</summary>
    [Theory]
    [InlineData(KeyScope.Read, "read")]
    [InlineData(KeyScope.Write, "write")]
    [InlineData(KeyScope.Owner, "owner")]
    public void ToName_EveryScope_TheStoredName_AndParsesBack(KeyScope value, string name)
    {
        Assert.Equal(name, value.ToName());
        Assert.Equal(value, StoredNames.Parse<KeyScope>(name));
    }

    /// <summary>Scopes compare by reach, and a value nobody set is the weakest.</summary>
    [Fact]
    public void Order_LeastFirst_DefaultIsRead()
    {
        Assert.Equal(KeyScope.Read, default);
        Assert.True(KeyScope.Read < KeyScope.Write && KeyScope.Write < KeyScope.Owner);
        Assert.Equal(["read", "write", "owner"], StoredNames.All<KeyScope>());
    }

    [Fact]
    public void Parse_NotAStoredName_ThrowsNamingTheValueAndTheNames() =>
        Assert.Equal("'admin' is not a key scope (read, write, owner).", Assert.Throws<FormatException>(() => StoredNames.Parse<KeyScope>("admin")).Message);
}
