namespace Clout.Storage.Model;

/// <summary>A dated follower count of one influencer (one row per day at most).</summary>
public sealed class FollowerSnapshot : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long InfluencerId { get; set; }
    public DateTime DateUtc { get; set; }
    public long Followers { get; set; }
    public long? Following { get; set; }
}
