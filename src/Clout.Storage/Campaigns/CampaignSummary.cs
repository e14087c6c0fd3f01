using Clout.Core.Campaigns;

namespace Clout.Storage.Campaigns;

/// <summary>A campaign as lists show it; the fees are a sum, so a double (<see cref="Core.Limits.PlausibleLimits"/>).</summary>
public sealed record CampaignSummary(long Id, string Name, CampaignGoal Goal, DateTime? StartsAtUtc, DateTime? EndsAtUtc, long? BudgetMinor,
    int Collaborations, double FeesMinor)
{
    /// <summary>The campaign's hashtag without '#', when it has one.</summary>
    public string? Hashtag { get; init; }
}
