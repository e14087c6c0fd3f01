namespace Clout.Storage.Model;

/// <summary>
/// One visitor on one UTC day at one influencer's links: the distinct visitors the conversion rate divides by, kept as
/// the human clicks arrive (a database trigger on <c>clicks</c>, so every way a click is written counts) instead of
/// being found again among millions of clicks by every report. Rows are only ever added: clicks are never edited, and
/// go only with their workspace.
/// </summary>
public sealed class VisitorDay : IWorkspaceOwned
{
    public long WorkspaceId { get; set; }
    public long InfluencerId { get; set; }
    public DateOnly Day { get; set; }
    public required string VisitorId { get; set; }
}
