using Clout.Core.Comments;
using Clout.Core.Reports;

namespace Clout.Core.Tests.Reports;

public sealed class CommentUnitsTests
{
    [Fact]
    public void Values_Tally_AreTheSharesKeyedByMetricName()
    {
        // 10 comments, 2 spam: the other shares are among the 8 that are not spam, spam among all 10.
        var tally = new CommentTally(Comments: 10, Spam: 2, Positive: 4, Negative: 1, Skeptical: 2, Intent: 0);

        var values = CommentUnits.Values(tally);

        Assert.Equal(
            ["intent_share", "negative_share", "positive_share", "skeptical_share", "spam_share"],
            values.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.5, values["positive_share"]);
        Assert.Equal(0.125, values["negative_share"]);
        Assert.Equal(0.25, values["skeptical_share"]);
        Assert.Equal(0.0, values["intent_share"]);
        Assert.Equal(0.2, values["spam_share"]);
        Assert.All(Metrics.Comments, metric => Assert.True(values.ContainsKey(metric.Name), metric.Name));
    }

    [Fact]
    public void Values_OnlySpam_LeavesOutTheSharesWithoutDenominator()
    {
        var values = CommentUnits.Values(new CommentTally(Comments: 3, Spam: 3, Positive: 0, Negative: 0, Skeptical: 0, Intent: 0));

        // No comment that is not spam: no positive share at all, rather than a share of 0.
        Assert.Equal(["spam_share"], values.Keys);
        Assert.Equal(1.0, values["spam_share"]);
    }

    [Fact]
    public void Values_EmptyTally_IsEmpty()
    {
        Assert.Empty(CommentUnits.Values(CommentTally.Empty));
    }

    [Fact]
    public void Values_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CommentUnits.Values(null!));
    }
}
