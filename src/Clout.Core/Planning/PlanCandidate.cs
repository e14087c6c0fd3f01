using Clout.Core.Roster;

namespace Clout.Core.Planning;

/// <summary>
/// An influencer the planner may book for one post: its tier and audience, its past posts, and what a post costs
/// (fee + product + expected commission from past collaborations, minor units). History may be empty: the
/// candidate then gets its tier's expectations.
/// </summary>
public sealed record PlanCandidate(long InfluencerId, string Handle, Tier Tier, long Followers, IReadOnlyList<PostOutcome> History, long CostPerPostMinor)
{
    /// <summary>The reason the candidate cannot be planned with, or null when it is sound.</summary>
    public string? Validate() =>
        Followers <= 0 ? $"{Handle}: followers must be above 0"
        : CostPerPostMinor <= 0 ? $"{Handle}: the cost per post must be above 0 (no collaboration with known terms)"
        : History.FirstOrDefault(p => p.Reach < 0 || p.Engagements < 0 || p.Orders < 0) is not null ? $"{Handle}: a past post has a negative count"
        : History.Any(p => !double.IsFinite(p.RevenueMinor) || p.RevenueMinor < 0) ? $"{Handle}: a past post has a revenue that is negative or not a number"
        : History.FirstOrDefault(p => p.Engagements > p.Reach) is { } post
            ? $"{Handle}: a past post has more engagements ({post.Engagements}) than accounts reached ({post.Reach}); the engagement rate by reach is a share"
        : null;
}
