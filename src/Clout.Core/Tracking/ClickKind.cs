using Clout.Core.Names;

namespace Clout.Core.Tracking;

/// <summary>What a tracking-link request was. Every request that got a redirect is kept; only <see cref="Human"/> counts as a click in reports.</summary>
[StoredByName]
public enum ClickKind
{
    /// <summary>A person's browser.</summary>
    Human,

    /// <summary>A listed crawler that is neither a preview nor a scanner, or a request without a user agent.</summary>
    Bot,

    /// <summary>A chat or social app fetching the link to show a preview of it.</summary>
    Preview,

    /// <summary>A security scanner checking the link before a person may follow it.</summary>
    Scanner,

    /// <summary>A HEAD request: no person follows a link with it.</summary>
    Head,

    /// <summary>A signed-in user of the link's own workspace.</summary>
    Internal,
}
