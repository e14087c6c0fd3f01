using Clout.Core.Roster;

namespace Clout.Storage.Connections;

/// <summary>An invitation a creator may still use, with the workspace it connects them to.</summary>
public sealed record OpenInvitation(long Id, long WorkspaceId, string WorkspaceName, Platform Platform, string Handle);
