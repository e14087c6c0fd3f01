using Clout.Core.Names;

namespace Clout.Core.Tracking;

/// <summary>
/// The browser a click came from, as a marketer names it: the big browsers, and the in-app browsers of the apps where
/// influencers post (a tap inside Instagram opens Instagram's own browser, not Safari or Chrome).
/// </summary>
[StoredByName]
public enum BrowserFamily
{
    /// <summary>Not known: no user agent, or a click stored before browsers were read.</summary>
    Unknown,

    /// <summary>A user agent that is none of the families below.</summary>
    Other,

    Chrome,
    Safari,
    Firefox,
    Edge,
    Opera,

    /// <summary>Samsung Internet.</summary>
    Samsung,

    Instagram,
    Facebook,
    TikTok,
    Snapchat,
    Pinterest,
    LinkedIn,

    /// <summary>X (formerly Twitter).</summary>
    X,

    /// <summary>The Google search app.</summary>
    GoogleApp,
}
