namespace Clout.Core.Engagement;

/// <summary>
/// (comments + shares + saves) / likes: how much of the engagement goes beyond a one-tap like.
/// Null for a post without likes, where the ratio says nothing.
/// </summary>
public static class DepthRatio
{
    public static double? Of(PostMetrics post) =>
        EngagementRate.Ratio((double)post.Comments + post.Shares + post.Saves, post.Likes);
}
