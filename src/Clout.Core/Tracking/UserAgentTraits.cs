namespace Clout.Core.Tracking;

/// <summary>What a click keeps of its user agent: the browser family, the system and the device class, never the text.</summary>
public readonly record struct UserAgentTraits(BrowserFamily Browser, OsFamily Os, DeviceClass Device)
{
    /// <summary>Nothing known (every part <c>unknown</c>).</summary>
    public static UserAgentTraits Unknown => default;
}
