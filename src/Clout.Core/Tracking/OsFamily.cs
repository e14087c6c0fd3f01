using Clout.Core.Names;

namespace Clout.Core.Tracking;

/// <summary>The operating system a click came from.</summary>
[StoredByName]
public enum OsFamily
{
    /// <summary>Not known: no user agent, or a click stored before systems were read.</summary>
    Unknown,

    /// <summary>A user agent that names none of the systems below.</summary>
    Other,

    Windows,
    MacOS,
    IOS,
    Android,
    Linux,
    ChromeOS,
}
