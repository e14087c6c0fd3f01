using Clout.Core.Tracking;

namespace Clout.Tracking;

/// <summary>A known link: whose clicks it records, and where it may send people (null: its destination is refused).</summary>
internal sealed record LinkLookup(long WorkspaceId, long CollaborationId, RedirectTarget? Target);
