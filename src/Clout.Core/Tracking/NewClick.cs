using Clout.Core.Text;

namespace Clout.Core.Tracking;

/// <summary>A click to store: what the redirect saw, already classified and hashed (no raw IP).</summary>
public sealed record NewClick(
    long WorkspaceId,
    long CollaborationId,
    DateTime OccurredAtUtc,
    string Ref,
    string VisitorId,
    ClickKind Kind,
    string? Referrer,
    string? UserAgent)
{
    /// <summary>
    /// Longest referrer and user agent a click keeps (the sizes of their columns): the click log cuts longer ones
    /// (a request is answered whatever its headers), the clicks import refuses them.
    /// </summary>
    public const int MaxTextLength = 500;

    /// <summary>
    /// A referrer or user agent as a click keeps it: empty is none, a longer one is cut at <see cref="MaxTextLength"/>,
    /// and what no database stores (NUL, half of a surrogate pair) is replaced (<see cref="StoredText.Clean"/>): a
    /// click observes what a browser sent, and one odd header must not cost the clicks committed with it.
    /// </summary>
    public static string? Clip(string? text) =>
        string.IsNullOrEmpty(text) ? null : StoredText.Clean(StoredText.Cut(text, MaxTextLength));
}
