namespace Clout.Storage.Connections;

/// <summary>A connection whose next run is due, with the workspace a scope must act for to run it.</summary>
public sealed record DueConnection(long WorkspaceId, string WorkspaceName, long ConnectionId);
