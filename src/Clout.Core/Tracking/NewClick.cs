namespace Clout.Core.Tracking;

/// <summary>
/// A click to store: what the redirect saw, already classified and hashed. No raw IP, user agent or referrer: the
/// visitor is a salted hash, the user agent is kept as its <see cref="UserAgentTraits"/>, the referrer as its host.
/// </summary>
public sealed record NewClick(
    long WorkspaceId,
    long CollaborationId,
    DateTime OccurredAtUtc,
    string Ref,
    string VisitorId,
    ClickKind Kind,
    string? ReferrerHost,
    UserAgentTraits Agent)
{
    /// <summary>Longest referrer and user agent the clicks import takes (it keeps neither, only what is read from them).</summary>
    public const int MaxTextLength = 500;
}
