using Clout.Core.Surveys;

namespace Clout.Core.Tests.Surveys;

public sealed class RosterMatcherTests
{
    private readonly RosterMatcher _matcher = new(
    [
        new RosterEntry(1, "anna_bell", "Anna Bell"),
        new RosterEntry(2, "bobfitness", "Bob Martin"),
        new RosterEntry(3, "celine.dior", "Céline"),
    ]);

    [Theory]
    [InlineData("saw it on @anna_bell", 1)]
    [InlineData("ANNA_BELL", 1)]
    [InlineData("anna bell on instagram", 1)]
    [InlineData("@bobfitnes", 2)]
    [InlineData("bob martn", 2)]
    [InlineData("celine", 3)]
    [InlineData("@Celine.Dior!", 3)]
    public void Match_HandleOrNameWithTyposAndCase_FindsInfluencer(string text, long expected)
    {
        Assert.Equal(expected, _matcher.Match(text)?.InfluencerId);
    }

    [Fact]
    public void Match_ExactHandle_IsCertain_TypoIsLess()
    {
        Assert.Equal(1.0, _matcher.Match("@anna_bell")!.Confidence);
        var typo = _matcher.Match("anna_bel")!.Confidence;
        Assert.InRange(typo, RosterMatcher.Threshold, 0.999);
    }

    [Theory]
    [InlineData("a friend told me")]
    [InlineData("google")]
    [InlineData("")]
    [InlineData("on tv")]
    public void Match_Unrelated_IsNull(string text)
    {
        Assert.Null(_matcher.Match(text));
    }

    [Fact]
    public void Match_TwoEquallyGoodInfluencers_IsNull()
    {
        var twins = new RosterMatcher([new RosterEntry(1, "sam_a", "Sam"), new RosterEntry(2, "sam_b", "Sam")]);

        Assert.Null(twins.Match("sam"));
        Assert.Equal(2, twins.Match("@sam_b")!.InfluencerId);
    }
}
