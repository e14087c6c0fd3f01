namespace Clout.Storage.Model;

/// <summary>
/// A follower-sample audit of one influencer: the sample's size, how many profiles were called fake, and the share's
/// 95 % interval. The profiles themselves are not kept (they are other people's accounts); the Audience Quality
/// Score is computed when read, from the latest audit and the account's current data, so it is never stale.
/// </summary>
public sealed class AudienceAudit : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long InfluencerId { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public int SampleSize { get; set; }
    public int FakeCount { get; set; }
    public double FakeShare { get; set; }
    public double FakeShareLow { get; set; }
    public double FakeShareHigh { get; set; }
    public int SampleNeeded { get; set; }
    public required string ModelSource { get; set; }
}
