using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class NewClickTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("https://t.co/x", "https://t.co/x")]
    public void Clip_ShortOrEmpty_KeptOrNone(string? text, string? kept) => Assert.Equal(kept, NewClick.Clip(text));

    [Fact]
    public void Clip_AtAndOverTheLimit_KeptThenCut()
    {
        var limit = new string('u', NewClick.MaxTextLength);

        Assert.Equal(500, NewClick.MaxTextLength);
        Assert.Same(limit, NewClick.Clip(limit));
        Assert.Equal(limit, NewClick.Clip(limit + "v"));
    }
}
