namespace Clout.Storage.Model;

public sealed class Post : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long InfluencerId { get; set; }
    /// <summary>The platform's id of the post (CSV post_id), unique in a workspace.</summary>
    public required string ExternalId { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public string? Kind { get; set; }
    public bool Sponsored { get; set; }
    public long? CampaignId { get; set; }
    public long Likes { get; set; }
    public long Comments { get; set; }
    public long Shares { get; set; }
    public long Saves { get; set; }
    public long? Views { get; set; }
    public long? Reach { get; set; }
    public long? Impressions { get; set; }
}
