namespace Clout.Core.Tracking;

/// <summary>
/// Reads the browser family, the system and the device class from a user agent by the tokens browsers put in it.
/// Order matters: an in-app browser also says Safari or Chrome, Edge and Opera also say Chrome, iOS also says
/// "like Mac OS X", Android also says Linux. No versions are kept, so nothing finer than a family is read.
/// </summary>
internal static class UserAgentParser
{
    /// <summary>First match wins: in-app browsers, then browsers built on Chrome, then the engines' own browsers.</summary>
    private static readonly (string[] Tokens, BrowserFamily Family)[] Browsers =
    [
        (["Instagram"], BrowserFamily.Instagram),
        (["FBAN/", "FBAV/", "FB_IAB"], BrowserFamily.Facebook),
        (["musical_ly", "trill_", "BytedanceWebview", "TikTok"], BrowserFamily.TikTok),
        (["Snapchat"], BrowserFamily.Snapchat),
        (["Pinterest"], BrowserFamily.Pinterest),
        (["LinkedInApp"], BrowserFamily.LinkedIn),
        (["Twitter for"], BrowserFamily.X),
        (["GSA/"], BrowserFamily.GoogleApp),
        (["Edg/", "EdgA/", "EdgiOS/", "Edge/"], BrowserFamily.Edge),
        (["OPR/", "OPT/", "OPiOS/", "Opera"], BrowserFamily.Opera),
        (["SamsungBrowser/"], BrowserFamily.Samsung),
        // Browsers of their own that also say Chrome: counted as other rather than as Chrome.
        (["HuaweiBrowser/", "MiuiBrowser/", "YaBrowser/", "UCBrowser/", "Vivaldi/", "Brave/"], BrowserFamily.Other),
        (["Firefox/", "FxiOS/"], BrowserFamily.Firefox),
        (["CriOS/", "Chrome/", "Chromium/"], BrowserFamily.Chrome),
    ];

    public static UserAgentTraits Parse(string userAgent)
    {
        ArgumentNullException.ThrowIfNull(userAgent);
        var text = userAgent.AsSpan();
        return new UserAgentTraits(Browser(text), Os(text), Device(text));
    }

    private static BrowserFamily Browser(ReadOnlySpan<char> text)
    {
        foreach (var (tokens, family) in Browsers)
        {
            if (Has(text, tokens))
            {
                return family;
            }
        }
        // Safari says "Version/… Safari/"; a WebKit view inside an unknown app says neither.
        return Has(text, "Safari/") && Has(text, "Version/") ? BrowserFamily.Safari : BrowserFamily.Other;
    }

    private static OsFamily Os(ReadOnlySpan<char> text) =>
        Has(text, "iPhone", "iPad", "iPod") ? OsFamily.IOS
        : Has(text, "Android") ? OsFamily.Android
        : Has(text, "CrOS") ? OsFamily.ChromeOS
        : Has(text, "Windows") ? OsFamily.Windows
        : Has(text, "Macintosh", "Mac OS X") ? OsFamily.MacOS
        : Has(text, "Linux", "X11") ? OsFamily.Linux
        : OsFamily.Other;

    private static DeviceClass Device(ReadOnlySpan<char> text) =>
        Has(text, "iPad", "Tablet") ? DeviceClass.Tablet
        : Has(text, "iPhone", "iPod", "Windows Phone") ? DeviceClass.Mobile
        // Android phones say "Mobile"; Android tablets leave it out.
        : Has(text, "Android") ? (Has(text, "Mobile") ? DeviceClass.Mobile : DeviceClass.Tablet)
        : Has(text, "Mobile") ? DeviceClass.Mobile
        : Has(text, "Windows NT", "Macintosh", "X11", "CrOS") ? DeviceClass.Desktop
        : DeviceClass.Other;

    private static bool Has(ReadOnlySpan<char> text, params ReadOnlySpan<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (text.Contains(token, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
