using Clout.Core.Campaigns;

namespace Clout.Storage.Campaigns;

public sealed class Campaign : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public required string Name { get; set; }
    public CampaignGoal Goal { get; set; }
}
