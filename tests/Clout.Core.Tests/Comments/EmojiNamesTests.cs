using Clout.Core.Comments;

namespace Clout.Core.Tests.Comments;

public sealed class EmojiNamesTests
{
    private static string Write(string text)
    {
        var buffer = new TextBuffer(4);
        try
        {
            EmojiNames.Write(text, SentimentLexicon.Default, ref buffer);
            return buffer.Written.ToString();
        }
        finally
        {
            buffer.Dispose();
        }
    }

    [Fact]
    public void Write_Emoji_BecomesItsNameAsWords()
    {
        Assert.Equal("so funny face with tears of joy", Write("so funny😂"));
        Assert.Equal("love it face with tears of joy", Write("love it 😂"));
    }

    [Fact]
    public void Write_ModifiersAndJoiners_AreDropped()
    {
        Assert.Equal(Write("👍"), Write("👍🏽"));
        Assert.Equal(Write("❤"), Write("❤️"));
        Assert.DoesNotContain('\uFE0F', Write("❤️"));
    }

    [Fact]
    public void Write_LoneSurrogateAndPlainText_StayAsTheyAre()
    {
        Assert.Equal("plain ascii, é and \uD800", Write("plain ascii, é and \uD800"));
    }

    [Fact]
    public void Write_LongText_GrowsTheBuffer()
    {
        var text = string.Concat(Enumerable.Repeat("😂", 500));

        var written = Write(text);

        Assert.Equal(500, written.Split("face with tears of joy").Length - 1);
    }
}
