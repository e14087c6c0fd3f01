using Clout.Core.Tracking;

namespace Clout.Storage.Model;

/// <summary>
/// One request to a tracking link. Every request that got a redirect is kept, bots included, so counts can be
/// audited; reports count only <see cref="ClickKind.Human"/> clicks. No raw IP, user agent or referrer is ever stored:
/// only a salted hash of the visitor, what the user agent says about the browser, system and device, and the
/// referrer's host (its path and query string can carry a person's e-mail address or a token).
/// </summary>
public sealed class Click : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long CollaborationId { get; set; }
    public DateTime OccurredAtUtc { get; set; }

    /// <summary>The clout_ref token put on the destination URL: an order's landing_site that carries it names this click.</summary>
    public required string Ref { get; set; }

    /// <summary>Salted hash of IP + user agent with a salt that changes every UTC day: the same person is one visitor per day.</summary>
    public required string VisitorId { get; set; }

    /// <summary>Stored by its name ("human", "bot", …: <see cref="Core.Names.StoredNames"/>), which the visitor-days trigger compares.</summary>
    public required ClickKind Kind { get; set; }

    /// <summary>The referrer's host name ("l.instagram.com"), nothing of its path or query string.</summary>
    public string? ReferrerHost { get; set; }

    public BrowserFamily Browser { get; set; }
    public OsFamily Os { get; set; }
    public DeviceClass Device { get; set; }
}
