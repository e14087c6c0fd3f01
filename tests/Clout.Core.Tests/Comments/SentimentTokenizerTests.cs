using Clout.Core.Comments;

namespace Clout.Core.Tests.Comments;

public sealed class SentimentTokenizerTests
{
    private static readonly SentimentLexicon Lexicon = SentimentLexicon.Default;

    private static SentimentWord[] Split(string text)
    {
        var words = new SentimentWord[SentimentTokenizer.CountWords(text)];
        var count = SentimentTokenizer.Split(text, Lexicon, words);
        Assert.Equal(words.Length, count);
        return words;
    }

    [Fact]
    public void Split_Punctuation_IsStrippedUnlessTwoCharactersOrFewerRemain()
    {
        var words = Split("#blessed!! :) ok!");

        Assert.True(words[0].Entry.HasValence);
        Assert.Equal(Lexicon.Find("blessed"), words[0].Entry);
        Assert.Equal(Lexicon.Find(":)"), words[1].Entry);
        Assert.True(words[1].Entry.HasValence);
        Assert.True(Lexicon.Find("ok").HasValence);
        Assert.False(words[2].Entry.HasValence); // "ok" is two characters: the token stays "ok!", which VADER does not know
    }

    [Fact]
    public void Split_NegationCapsAndElongation_AreMarkedOnTheWord()
    {
        var words = Split("NOT isn't goooood great");

        Assert.True(words[0].Negates);
        Assert.True(words[0].IsUpper);
        Assert.True(words[1].Negates); // any word with "n't"
        Assert.False(words[1].IsUpper);
        Assert.Equal(Lexicon.Find("good"), words[2].Entry);
        Assert.False(words[3].Negates);
        Assert.Equal(Lexicon.Find("great"), words[3].Entry);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("one", 1)]
    [InlineData(" one\ttwo\n\nthree\u00A0four  ", 4)]
    [InlineData("!!! ?? :-(", 3)]
    public void CountWords_IsTheNumberOfTokensSplitFinds(string text, int expected)
    {
        Assert.Equal(expected, SentimentTokenizer.CountWords(text));
        Assert.Equal(expected, Split(text).Length);
    }
}
