using Clout.Core.Engagement;
using Clout.Core.Roster;

namespace Clout.Core.Demo;

/// <summary>
/// A generated influencer: its posts (likes, comments, shares, saves against a constant follower count), the unique
/// visitors its link brought and the orders they placed, and the account's own true rates for checking.
/// </summary>
public sealed record KnownRatesInfluencer(
    long Id,
    string Handle,
    Tier Tier,
    long Followers,
    IReadOnlyList<PostMetrics> Posts,
    long Visitors,
    long Orders,
    double TrueEngagementRate,
    double TrueConversionRate);
