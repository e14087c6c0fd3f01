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
    public void ScoreBatch_CreatorRepeatingAReplyAndPromoting_IsNotSpam()
    {
        var reply = new CommentContext("mila", "mila");
        var scores = CommentScorer.ScoreBatch(
        [
            new("thank you so much!", "p1", reply), new("thank you so much!", "p2", reply), new("thank you so much!", "p3", reply),
            new("link in my bio, use my code", "p3", new CommentContext(IsCreatorReply: true)),
        ]);

        Assert.All(scores, s => Assert.True(s.CreatorReply.IsSet && !s.Spam.IsSet));
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
    public void ScoreBatch_SameAuthorPastingUnderThreePosts_IsSpam()
    {
        const string pasted = "Amazing content, keep it up!";
        static CommentContext By(string author) => new(author);
        var batch = new List<CommentInput>
        {
            new(pasted, "p1", By("growth.bot")), new(pasted, "p2", By("@Growth.Bot")), new(pasted.ToUpperInvariant(), "p3", By("growth.bot")),
            new(pasted, "p1", By("ann")), new(pasted, "p2", By("bob")), new(pasted, "p3", By("cid")), // three people, a short text
            new(pasted, "p1", By("growth.bot")), // the same post again: still three posts
        };

        var scores = CommentScorer.ScoreBatch(batch);

        Assert.True(scores[0].Spam.IsSet);
        Assert.Contains(scores[2].Spam.Cues, c => c.Name == "same text on 3 posts");
        Assert.False(scores[3].Spam.IsSet, "short praise from different people repeats naturally");
        Assert.False(CommentScorer.Score(pasted).Spam.IsSet, "alone, the same text is just praise");
    }

    [Fact]
    public void ScoreBatch_LongTextFromManyAuthors_IsSpam_ButOnlyUnderThreePosts()
    {
        const string campaign = "This is the best product I have ever used in my whole life, highly recommend";
        var underThree = CommentScorer.ScoreBatch([new(campaign, "p1", new("a")), new(campaign, "p2", new("b")), new(campaign, "p3", new("c"))]);
        var underTwo = CommentScorer.ScoreBatch([new(campaign, "p1", new("a")), new(campaign, "p2", new("b")), new(campaign, "p2", new("c"))]);

        Assert.All(underThree, s => Assert.True(s.Spam.IsSet));
        Assert.All(underTwo, s => Assert.False(s.Spam.IsSet));
    }
}
