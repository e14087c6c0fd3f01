namespace Clout.Storage.Model;

/// <summary>One influencer's paid part in a campaign. Money in minor units (cents).</summary>
public sealed class Collaboration : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long CampaignId { get; set; }
    public long InfluencerId { get; set; }
    public long FeeMinor { get; set; }
    public long ProductCostMinor { get; set; }
    public double CommissionRate { get; set; }
    public string? PromoCode { get; set; }
    public string? LinkCode { get; set; }
    public string? DestinationUrl { get; set; }
}
