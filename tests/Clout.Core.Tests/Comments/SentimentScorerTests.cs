using System.Text;
using Clout.Core.Comments;

namespace Clout.Core.Tests.Comments;

public sealed class SentimentScorerTests
{
    private static double Compound(string text) => SentimentScorer.Score(text).Compound;

    [Fact]
    public void Score_LexiconWord_HasVadersValence()
    {
        // "good" is 1.9 in VADER's lexicon: 1.9 / √(1.9² + 15) = 0.4404, VADER's published figure for "good".
        Assert.Equal(0.4404, Compound("good"), 4);
        Assert.Equal(-0.5423, Compound("bad"), 4);
    }

    [Fact]
    public void Score_Negation_FlipsAndDampens()
    {
        Assert.True(Compound("not good") < 0);
        Assert.True(Math.Abs(Compound("not good")) < Compound("good"));
        Assert.True(Compound("isn't good") < 0);
        Assert.True(Compound("no problems at all") > Compound("problems at all"));
    }

    [Fact]
    public void Score_BoosterAndDampener_MoveIntensity()
    {
        Assert.True(Compound("very good") > Compound("good"));
        Assert.True(Compound("it was kind of good") < Compound("it was good"));
        Assert.True(Compound("slightly good") < Compound("good"));
    }

    [Fact]
    public void Score_AllCapsWordAmongLowerCase_IsEmphasised()
    {
        Assert.True(Compound("this is GOOD") > Compound("this is good"));
        // When everything is in caps nothing stands out, so no emphasis.
        Assert.Equal(Compound("this is good"), Compound("THIS IS GOOD"), 6);
    }

    [Fact]
    public void Score_ExclamationsAndQuestions_Amplify()
    {
        Assert.True(Compound("good!!!") > Compound("good!"));
        Assert.True(Compound("good!") > Compound("good"));
        Assert.Equal(Compound("good!!!!"), Compound("good!!!!!!!!"), 6); // capped at four
        Assert.True(Compound("good??") > Compound("good"));
    }

    [Fact]
    public void Score_But_WeighsTheSecondHalf()
    {
        var score = Compound("the food was great but the service was terrible");
        Assert.True(score < 0, $"{score}");
    }

    [Fact]
    public void Score_EmoticonsAndEmoji_CarrySentiment()
    {
        Assert.True(Compound(":)") > 0);
        Assert.True(Compound(":(") < 0);
        Assert.True(Compound("<3") > 0);
        Assert.True(Compound("😂") > 0); // "face with tears of joy"
        Assert.True(Compound("😢") < 0); // "crying face"
        Assert.True(Compound("❤️") > 0, "the variation selector after ❤ must not hide the heart");
        Assert.True(Compound("👍🏽") > 0, "a skin tone must not hide the thumbs up");
    }

    [Fact]
    public void Score_ElongatedWords_ScoreLikeTheirWord()
    {
        Assert.Equal(Compound("good"), Compound("goooood"), 6);
        Assert.True(Compound("sooo goood") > Compound("good"), "elongated 'so' is still a booster");
        Assert.Equal(Compound("love"), Compound("loooove"), 6);
    }

    [Fact]
    public void Score_HashtagSlangAndIdioms()
    {
        Assert.Equal(Compound("blessed"), Compound("#blessed"), 6);
        Assert.Equal(Compound("love"), Compound("luv"), 6);
        Assert.True(Compound("lol") > 0);
        Assert.True(Compound("this product is the shit") > 0, "'the shit' is VADER's idiom for excellent");
    }

    [Fact]
    public void Score_Shares_AddUpToOne()
    {
        var score = SentimentScorer.Score("I love the color but hate the smell");
        Assert.Equal(1, score.Positive + score.Neutral + score.Negative, 6);
        Assert.True(score.Positive > 0 && score.Negative > 0 && score.Neutral > 0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\r\n ")]
    [InlineData(null)]
    public void Score_NoWords_IsNeutralAndAllZero(string? text)
    {
        var score = SentimentScorer.Score(text);
        Assert.Equal(SentimentScore.Empty, score);
        Assert.Equal(SentimentLabel.Neutral, score.Label);
    }

    [Fact]
    public void Score_BinaryAndNonEnglish_GiveDefinedNeutralScores()
    {
        var binary = new string(Enumerable.Range(0, 4096).Select(i => (char)(i * 7919 % 0xFFFF)).ToArray()); // lone surrogates included
        var score = SentimentScorer.Score(binary);
        Assert.InRange(score.Compound, -1, 1);
        Assert.False(double.IsNaN(score.Positive + score.Neutral + score.Negative));

        Assert.Equal(SentimentLabel.Neutral, SentimentScorer.Score("这是一个产品的评论").Label);
        Assert.Equal(SentimentLabel.Neutral, SentimentScorer.Score("Das ist ein Kommentar über das Produkt").Label);
    }

    [Fact]
    public void Score_1MBOfDistinctWords_GivesADefinedScore()
    {
        // Linearity and speed are measured in bench/comments (bench/README.md, "Linearity"), not timed here: on a busy
        // CI machine the load decides a timed test, not the code. Here: a megabyte of words is scored, as words.
        var score = SentimentScorer.Score(DistinctWords(1000 * 1024));

        Assert.InRange(score.Compound, -1, 1);
        Assert.Equal(1.0, score.Positive + score.Neutral + score.Negative, 1e-9);
    }

    private static string DistinctWords(int length)
    {
        var text = new StringBuilder(length + 16);
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(i % 10 == 0 ? "good" : "w" + i).Append(' ');
        }

        return text.ToString(0, length);
    }
}
