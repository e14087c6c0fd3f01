namespace Clout.Core.Engagement;

/// <summary>
/// Engagement rate: interactions divided by the audience that could have interacted.
/// Each form returns null when its denominator is unknown or zero, so a missing figure is never read as 0 %.
/// </summary>
public static class EngagementRate
{
    /// <summary>(likes + comments + shares + saves) / followers at post time.</summary>
    public static double? ByFollowers(PostMetrics post, double followersAtPost) =>
        Ratio(post.Interactions, followersAtPost);

    /// <summary>Interactions / accounts reached, where the platform reports reach.</summary>
    public static double? ByReach(PostMetrics post) => Ratio(post.Interactions, post.Reach);

    /// <summary>Interactions / views, for video posts that report views.</summary>
    public static double? ByViews(PostMetrics post) => Ratio(post.Interactions, post.Views);

    internal static double? Ratio(double numerator, double? denominator) =>
        denominator is > 0 and var d && double.IsFinite(d) ? numerator / d : null;
}
