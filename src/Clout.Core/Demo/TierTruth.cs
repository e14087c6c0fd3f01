using Clout.Core.Roster;

namespace Clout.Core.Demo;

/// <summary>
/// The true figures of one tier in a generated workspace: how many influencers, their median engagement rate by
/// followers and their median conversion rate (orders per visitor). Accounts scatter around these medians
/// (log-normally), so they are the tier medians the report estimates.
/// </summary>
public sealed record TierTruth(Tier Tier, int Influencers, double EngagementRate, double ConversionRate)
{
    /// <summary>The reason the truth cannot be generated, or null when it is sound.</summary>
    public string? Validate() =>
        Influencers < 1 ? $"{Tier}: at least one influencer is needed"
        : !(EngagementRate is > 0 and < 1) ? $"{Tier}: the engagement rate must lie strictly between 0 and 1"
        : !(ConversionRate is > 0 and < 1) ? $"{Tier}: the conversion rate must lie strictly between 0 and 1"
        : null;
}
