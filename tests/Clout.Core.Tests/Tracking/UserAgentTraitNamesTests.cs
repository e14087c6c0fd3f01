using Clout.Core.Names;
using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class UserAgentTraitNamesTests
{
    /// <summary>The names in the clicks table and the migration that filled it: they must never change.</summary>
    [Fact]
    public void ToName_EveryTrait_TheStoredNames()
    {
        Assert.Equal(["unknown", "other", "chrome", "safari", "firefox", "edge", "opera", "samsung", "instagram", "facebook", "tiktok",
            "snapchat", "pinterest", "linkedin", "x", "googleapp"], StoredNames.All<BrowserFamily>());
        Assert.Equal(["unknown", "other", "windows", "macos", "ios", "android", "linux", "chromeos"], StoredNames.All<OsFamily>());
        Assert.Equal(["unknown", "desktop", "mobile", "tablet", "bot", "other"], StoredNames.All<DeviceClass>());
    }

    [Fact]
    public void ToName_EveryTrait_FitsItsColumn()
    {
        // The browser, os and device columns are 16 characters wide.
        Assert.All(StoredNames.All<BrowserFamily>().Concat(StoredNames.All<OsFamily>()).Concat(StoredNames.All<DeviceClass>()),
            n => Assert.InRange(n.Length, 1, 16));
    }
}
