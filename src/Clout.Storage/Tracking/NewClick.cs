namespace Clout.Storage.Tracking;

/// <summary>A click to store: what the redirect saw, already classified and hashed (no raw IP).</summary>
public sealed record NewClick(
    long WorkspaceId,
    long CollaborationId,
    DateTime OccurredAtUtc,
    string Ref,
    string VisitorId,
    string Kind,
    string? Referrer,
    string? UserAgent);
