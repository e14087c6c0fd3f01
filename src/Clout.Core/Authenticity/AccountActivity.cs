using Clout.Core.Engagement;
using Clout.Core.Roster;

namespace Clout.Core.Authenticity;

/// <summary>
/// What Clout already stores about one account, as the anomaly rules read it: its posts, its follower history, who
/// commented on which post (non-creator authors, one collection per post), and — once comments are scored — the share
/// of its comments scored spam.
/// </summary>
/// <param name="SpamCommentShare">
/// What comment scoring says of the account: the share of the account's comments scored spam or generic, or
/// null while comments are not scored. The rule reads it as given and does no scoring of its own.
/// </param>
public sealed record AccountActivity(
    Tier Tier,
    long Followers,
    IReadOnlyList<PostMetrics> Posts,
    FollowerHistory FollowerHistory,
    IReadOnlyList<IReadOnlyCollection<string>> CommentAuthorsByPost,
    double? SpamCommentShare = null)
{
    /// <summary>
    /// Median engagement rate by followers at post time; null without posts. Measured once, when the record is made: the
    /// rules read it for the account and again for each of its peers (a workspace of 1,000 accounts measured 200,000
    /// posts twice over). (A copy made with <c>with</c> would keep the rate of the posts it was made from.)
    /// </summary>
    public double? EngagementRate { get; } = InfluencerEngagement.RateByFollowers(Posts, FollowerHistory, Followers);

    /// <summary>All likes over all comments; null without comments (a ratio over nothing says nothing).</summary>
    public double? LikesPerComment
    {
        get
        {
            // Summed as doubles: a sum of counts as stored cannot overflow.
            var comments = Posts.Sum(p => (double)p.Comments);
            return comments == 0 ? null : Posts.Sum(p => (double)p.Likes) / comments;
        }
    }
}
