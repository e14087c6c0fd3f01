using Clout.Core.Statistics;

namespace Clout.Core.Engagement;

/// <summary>
/// One influencer's engagement over a period, summarised by medians so that one viral post
/// does not stand for the account.
/// </summary>
public sealed record InfluencerEngagement(
    int Posts,
    double? EngagementRate,
    double? EngagementRateByReach,
    double? EngagementRateByViews,
    double? DepthRatio,
    double? DialogueRate,
    int Threads)
{
    public static InfluencerEngagement Measure(
        IReadOnlyCollection<PostMetrics> posts,
        FollowerHistory followers,
        long currentFollowers,
        IEnumerable<CommentRef> comments)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(followers);
        var byFollowers = new List<double>(posts.Count);
        var byReach = new List<double>();
        var byViews = new List<double>();
        var depth = new List<double>(posts.Count);
        foreach (var post in posts)
        {
            Add(byFollowers, Engagement.EngagementRate.ByFollowers(post, followers.FollowersAt(post.PublishedAtUtc, currentFollowers)));
            Add(byReach, Engagement.EngagementRate.ByReach(post));
            Add(byViews, Engagement.EngagementRate.ByViews(post));
            Add(depth, Engagement.DepthRatio.Of(post));
        }
        var (threads, answered) = Engagement.DialogueRate.Count(comments);
        return new InfluencerEngagement(
            posts.Count,
            Median.OfOrNull(byFollowers),
            Median.OfOrNull(byReach),
            Median.OfOrNull(byViews),
            Median.OfOrNull(depth),
            threads == 0 ? null : (double)answered / threads,
            threads);
    }

    /// <summary>
    /// The median engagement rate by followers at post time alone (<see cref="EngagementRate"/> of <see cref="Measure"/>,
    /// for rules that need nothing else); null without posts.
    /// </summary>
    public static double? RateByFollowers(IReadOnlyCollection<PostMetrics> posts, FollowerHistory followers, long currentFollowers)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(followers);
        var byFollowers = new List<double>(posts.Count);
        foreach (var post in posts)
        {
            Add(byFollowers, Engagement.EngagementRate.ByFollowers(post, followers.FollowersAt(post.PublishedAtUtc, currentFollowers)));
        }
        return Median.OfOrNull(byFollowers);
    }

    private static void Add(List<double> values, double? value)
    {
        if (value is { } v)
        {
            values.Add(v);
        }
    }
}
