using Clout.Core.Tracking;

namespace Clout.Storage.Model;

/// <summary>
/// The clicks of one collaboration on one UTC day, of one kind, once their raw rows were dropped by retention
/// (ClickRetention): what the reports read for those days instead of the clicks. A day is
/// rolled up in the same transaction that drops its clicks, so a click is counted either raw or here, never both.
/// </summary>
public sealed class ClickDay : IWorkspaceOwned
{
    public long WorkspaceId { get; set; }
    public long CollaborationId { get; set; }
    public DateOnly Day { get; set; }
    public required ClickKind Kind { get; set; }

    public long Clicks { get; set; }

    /// <summary>Distinct visitor ids among them: a visitor id is salted per day, so these are the day's unique visitors.</summary>
    public long Visitors { get; set; }
}
