using Clout.Core.Access;
using Clout.Core.Names;

namespace Clout.Core.Tests.Access;

public sealed class RoleNamesTests
{
    /// <summary>The names in the users' role column, the CLI's --role and the role claims: they must never change.</summary>
    [Theory]
    [InlineData(Role.Owner, "owner")]
    [InlineData(Role.Analyst, "analyst")]
    [InlineData(Role.Viewer, "viewer")]
    public void ToName_EveryRole_TheStoredName_AndParsesBack(Role value, string name)
    {
        Assert.Equal(name, value.ToName());
        Assert.Equal(value, StoredNames.Parse<Role>(name));
    }

    [Fact]
    public void ToName_EveryValue_HasADistinctNameThatFitsTheColumn()
    {
        var names = Enum.GetValues<Role>().Select(v => v.ToName()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        // The column is 16 characters wide.
        Assert.All(names, n => Assert.InRange(n.Length, 1, 16));
    }

    [Theory]
    [InlineData("Owner")]
    [InlineData(" owner")]
    [InlineData("unknown")]
    [InlineData("")]
    public void Parse_NotAStoredName_ThrowsNamingTheValueAndTheNames(string name)
    {
        var error = Assert.Throws<FormatException>(() => StoredNames.Parse<Role>(name));
        Assert.Equal($"'{name}' is not a role (owner, analyst, viewer).", error.Message);
    }

    [Fact]
    public void ToName_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Role)99).ToName());

    /// <summary>What the CLI's --role accepts and the refusal of a bad role lists, most powerful first.</summary>
    [Fact]
    public void All_EveryRoleName_MostPowerfulFirst() =>
        Assert.Equal(["owner", "analyst", "viewer"], StoredNames.All<Role>());
}
