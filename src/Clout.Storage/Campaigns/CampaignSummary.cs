using Clout.Core.Campaigns;

namespace Clout.Storage.Campaigns;

/// <summary>A campaign as lists show it.</summary>
public sealed record CampaignSummary(long Id, string Name, CampaignGoal Goal, DateTime? StartsAtUtc, DateTime? EndsAtUtc, long? BudgetMinor,
    int Collaborations, long FeesMinor);
