namespace Clout.Core.Campaigns;

/// <summary>What a campaign is for; the planner and the report weigh outcomes by it.</summary>
public enum CampaignGoal
{
    Awareness,
    Conversion,
    Blend,
}
