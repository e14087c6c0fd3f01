using Clout.Core.Comments;

namespace Clout.Core.Tests.Comments;

public sealed class CommentScorerTests
{
    [Fact]
    public void Score_SkepticalComment_FlagsWithTheCueItsPlace()
    {
        const string text = "lol how much did they pay you to say that";
        var score = CommentScorer.Score(text);
        Assert.True(score.Skeptical.IsSet);
        var cue = Assert.Single(score.Skeptical.Cues, c => c.Name == "how much did * pay");
        Assert.Equal("how much did they pay", text.Substring(cue.Start, cue.Length));
        Assert.False(score.Intent.IsSet, "'how much' inside a skeptical cue is not a price question");
    }

    [Fact]
    public void Score_PurchaseIntent_AndItsNegation()
    {
        Assert.True(CommentScorer.Score("where can I buy this??").Intent.IsSet);
        Assert.True(CommentScorer.Score("just ordered mine").Intent.IsSet);
        Assert.False(CommentScorer.Score("I would never buy this").Intent.IsSet);
        Assert.False(CommentScorer.Score("not sponsored, I just love it").Skeptical.IsSet);
    }

    [Fact]
    public void Score_Spam_LinksFollowForFollowAndEmojiBursts()
    {
        var link = CommentScorer.Score("free followers at bit.ly/grow-fast");
        Assert.True(link.Spam.IsSet);
        Assert.Contains(link.Spam.Cues, c => c.Name == "link");
        Assert.True(CommentScorer.Score("f4f?").Spam.IsSet);
        Assert.True(CommentScorer.Score("🔥🔥🔥").Spam.IsSet);
        Assert.False(CommentScorer.Score("🔥").Spam.IsSet, "one emoji is a reaction, not a burst");
        Assert.False(CommentScorer.Score("great.Thanks for this").Spam.IsSet, "a missing space is not a link");
    }

    [Fact]
    public void Score_SpamComment_CarriesNoOtherFlag()
    {
        var score = CommentScorer.Score("get paid to post from home, check my bio for the link");
        Assert.True(score.IsSpam);
        Assert.False(score.Skeptical.IsSet);
        Assert.False(score.Intent.IsSet);
    }

    [Fact]
    public void Score_CreatorReply_ByFlagOrByHandle()
    {
        Assert.True(CommentScorer.Score("thank you!", new CommentContext(IsCreatorReply: true)).CreatorReply.IsSet);
        Assert.True(CommentScorer.Score("thank you!", new CommentContext("@Anna.Cooks", "anna.cooks")).CreatorReply.IsSet);
        Assert.False(CommentScorer.Score("thank you!", new CommentContext("fan_123", "anna.cooks")).CreatorReply.IsSet);
        Assert.False(CommentScorer.Score("thank you!").CreatorReply.IsSet);
    }

    [Fact]
    public void Score_LongerThanMaxLength_ScoresTheBeginningAndSaysSo()
    {
        var huge = string.Concat(Enumerable.Repeat("great product ", 1024 * 1024 / 14)); // ~1 MB
        var score = CommentScorer.Score(huge);
        Assert.True(score.Truncated);
        Assert.Equal(SentimentLabel.Positive, score.Sentiment.Label);
        Assert.False(CommentScorer.Score("great product").Truncated);
    }

    [Fact]
    public void Score_EmptyAndBinary_AreDefined()
    {
        var empty = CommentScorer.Score("");
        Assert.Equal(SentimentScore.Empty, empty.Sentiment);
        Assert.False(empty.Skeptical.IsSet || empty.Intent.IsSet || empty.Spam.IsSet || empty.CreatorReply.IsSet);

        var binary = CommentScorer.Score("\0\u0001\uD800\uFFFF\u001B[31m");
        Assert.InRange(binary.Sentiment.Compound, -1, 1);
    }

    [Fact]
    public void ScoreBatch_SameTextUnderThreePosts_IsSpam()
    {
        const string pasted = "Amazing content, keep it up!";
        var batch = new List<CommentInput>
        {
            new(pasted, "p1"), new(pasted, "p2"), new(pasted.ToUpperInvariant(), "p3"),
            new("Amazing content, keep it up!", "p1"), // same post again: still three posts
            new("wow", "p1"), new("wow", "p2"), new("wow", "p3"), // too short to call a duplicate
        };

        var scores = CommentScorer.ScoreBatch(batch);
        Assert.True(scores[0].Spam.IsSet);
        Assert.Contains(scores[2].Spam.Cues, c => c.Name == "same text on 3 posts");
        Assert.False(scores[4].Spam.IsSet);
        Assert.False(CommentScorer.Score(pasted).Spam.IsSet, "alone, the same text is just praise");
    }
}
