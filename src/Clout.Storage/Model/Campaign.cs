using Clout.Core.Campaigns;

namespace Clout.Storage.Model;

public sealed class Campaign : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public required string Name { get; set; }
    public CampaignGoal Goal { get; set; }

    /// <summary>First day of the campaign (UTC midnight), when known.</summary>
    public DateTime? StartsAtUtc { get; set; }

    /// <summary>End of the campaign, exclusive: [StartsAtUtc, EndsAtUtc).</summary>
    public DateTime? EndsAtUtc { get; set; }

    /// <summary>Planned spend in minor units, when known.</summary>
    public long? BudgetMinor { get; set; }

    /// <summary>The campaign's hashtag without '#' (<see cref="CampaignHashtag"/>): posts by others that carry it are its UGC.</summary>
    public string? Hashtag { get; set; }
}
