using Clout.Core.Names;
using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

public sealed class SurveyStateNamesTests
{
    /// <summary>The names in the surveys' state column, the API's JSON and the pages' state-… CSS classes: they must never change.</summary>
    [Theory]
    [InlineData(SurveyState.Draft, "draft")]
    [InlineData(SurveyState.Live, "live")]
    [InlineData(SurveyState.Closed, "closed")]
    public void ToName_EverySurveyState_TheStoredName_AndParsesBack(SurveyState value, string name)
    {
        Assert.Equal(name, value.ToName());
        Assert.Equal(value, StoredNames.Parse<SurveyState>(name));
    }

    [Fact]
    public void ToName_EveryValue_HasADistinctNameThatFitsTheColumn()
    {
        var names = Enum.GetValues<SurveyState>().Select(v => v.ToName()).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        // The column is 16 characters wide.
        Assert.All(names, n => Assert.InRange(n.Length, 1, 16));
    }

    [Theory]
    [InlineData("Draft")]
    [InlineData(" draft")]
    [InlineData("unknown")]
    [InlineData("")]
    public void Parse_NotAStoredName_ThrowsNamingTheValueAndTheNames(string name)
    {
        var error = Assert.Throws<FormatException>(() => StoredNames.Parse<SurveyState>(name));
        Assert.Equal($"'{name}' is not a survey state (draft, live, closed).", error.Message);
    }

    [Fact]
    public void ToName_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((SurveyState)99).ToName());
}
