using Clout.Core.Campaigns;

namespace Clout.Core.Tests.Campaigns;

public sealed class UgcMatcherTests
{
    private const long Spring = 1, Autumn = 2, Lena = 10, Max = 20;

    private static readonly UgcMatcher Matcher = new(
    [
        new(UgcMatchedBy.Hashtag, "SpringRun", Spring, null),
        new(UgcMatchedBy.Hashtag, "AutumnTrail", Autumn, null),
        new(UgcMatchedBy.PromoCode, "SAVE10", Spring, Lena),
        new(UgcMatchedBy.Link, "max-spring", Spring, Max),
        new(UgcMatchedBy.PromoCode, "MAX20", Autumn, Max),
    ]);

    [Theory]
    [InlineData("use SAVE10 at checkout", Spring, Lena, UgcMatchedBy.PromoCode)]
    [InlineData("use save10!", Spring, Lena, UgcMatchedBy.PromoCode)]
    [InlineData("(#SAVE10)", Spring, Lena, UgcMatchedBy.PromoCode)]
    [InlineData("https://go.example/r/max-spring?x=1", Spring, Max, UgcMatchedBy.Link)]
    [InlineData("code max-spring", Spring, Max, UgcMatchedBy.Link)]
    [InlineData("#springrun", Spring, null, UgcMatchedBy.Hashtag)]
    [InlineData("#AutumnTrail then SAVE10", Spring, Lena, UgcMatchedBy.PromoCode)]
    [InlineData("MAX20 first, then SAVE10", Autumn, Max, UgcMatchedBy.PromoCode)]
    [InlineData("#SpringRun and #AutumnTrail", Spring, null, UgcMatchedBy.Hashtag)]
    public void Match_Carried_CreditsTheFirstCodeElseTheFirstHashtag(string text, long campaign, long? influencer, UgcMatchedBy by) =>
        Assert.Equal(new UgcCredit(campaign, influencer, by), Matcher.Match(text, null));

    [Theory]
    [InlineData("SAVE10X")]
    [InlineData("XSAVE10")]
    [InlineData("SAVE10é")]
    [InlineData("/r/MAX-SPRING")] // link codes are URL paths: case counts
    [InlineData("/r/max-springs")]
    [InlineData("#SpringRunning")]
    [InlineData("SpringRun without its hash")]
    [InlineData("")]
    public void Match_CodeInsideAWordOrNothing_NoCredit(string text) => Assert.Null(Matcher.Match(text, null));

    [Fact]
    public void Match_NamedCampaign_WinsAndTakesOnlyItsOwnInfluencer()
    {
        Assert.Equal(new UgcCredit(Autumn, Max, UgcMatchedBy.Campaign), Matcher.Match("SAVE10 and MAX20", Autumn));
        Assert.Equal(new UgcCredit(Autumn, null, UgcMatchedBy.Campaign), Matcher.Match("SAVE10 #SpringRun", Autumn));
        Assert.Equal(new UgcCredit(Autumn, null, UgcMatchedBy.Campaign), Matcher.Match(null, Autumn));
    }

    [Theory]
    [InlineData("#SummerTrail", "SummerTrail", null)]
    [InlineData(" SummerTrail ", "SummerTrail", null)]
    [InlineData("#Été_2026", "Été_2026", null)]
    [InlineData("#summer trail", "summer trail", "'#summer trail' is not one hashtag: use letters, digits and '_' only")]
    [InlineData("##x", "#x", "'##x' is not one hashtag: use letters, digits and '_' only")]
    [InlineData("#___", "___", "a hashtag needs at least one letter or digit")]
    public void CampaignHashtag_NormalizeAndProblem(string typed, string normalized, string? problem)
    {
        Assert.Equal(normalized, CampaignHashtag.Normalize(typed));
        Assert.Equal(problem, CampaignHashtag.Problem(CampaignHashtag.Normalize(typed)));
    }
}
