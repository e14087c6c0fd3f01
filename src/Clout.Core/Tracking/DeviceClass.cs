using Clout.Core.Names;

namespace Clout.Core.Tracking;

/// <summary>What kind of device a click came from.</summary>
[StoredByName]
public enum DeviceClass
{
    /// <summary>Not known: a click stored before devices were read.</summary>
    Unknown,

    Desktop,
    Mobile,
    Tablet,

    /// <summary>A machine: a crawler, a link preview, a scanner, or a request without a user agent.</summary>
    Bot,

    /// <summary>A user agent that shows none of the classes above (a TV, a console, a library).</summary>
    Other,
}
