using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class UserAgentTraitsTests
{
    private static readonly Lazy<UserAgentClassifier> Shared = new(() => new UserAgentClassifier());

    private static UserAgentClassifier Classifier => Shared.Value;

    [Theory]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        BrowserFamily.Chrome, OsFamily.Windows, DeviceClass.Desktop)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
        BrowserFamily.Edge, OsFamily.Windows, DeviceClass.Desktop)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/116.0.0.0",
        BrowserFamily.Opera, OsFamily.Windows, DeviceClass.Desktop)]
    [InlineData("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
        BrowserFamily.Safari, OsFamily.MacOS, DeviceClass.Desktop)]
    [InlineData("Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:135.0) Gecko/20100101 Firefox/135.0",
        BrowserFamily.Firefox, OsFamily.Linux, DeviceClass.Desktop)]
    [InlineData("Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Safari/537.36",
        BrowserFamily.Chrome, OsFamily.ChromeOS, DeviceClass.Desktop)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Mobile/15E148 Safari/604.1",
        BrowserFamily.Safari, OsFamily.IOS, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
        BrowserFamily.Chrome, OsFamily.IOS, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
        BrowserFamily.Safari, OsFamily.IOS, DeviceClass.Tablet)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36",
        BrowserFamily.Chrome, OsFamily.Android, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Safari/537.36",
        BrowserFamily.Chrome, OsFamily.Android, DeviceClass.Tablet)]
    [InlineData("Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0",
        BrowserFamily.Firefox, OsFamily.Android, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
        BrowserFamily.Samsung, OsFamily.Android, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/22B83 Instagram 356.0.0.41.101 (iPhone16,2; iOS 18_1; de_DE; de; scale=3.00; 1290x2796; 664979329; IABMV/1)",
        BrowserFamily.Instagram, OsFamily.IOS, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/476.0.0.49.74;]",
        BrowserFamily.Facebook, OsFamily.Android, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 14; SM-G991B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 trill_350104 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/35",
        BrowserFamily.TikTok, OsFamily.Android, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 13; CPH2451 Build/TP1A.220905.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Snapchat/12.62.0.38 (like Chrome/119.0.6045.163)",
        BrowserFamily.Snapchat, OsFamily.Android, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]",
        BrowserFamily.Pinterest, OsFamily.IOS, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.30.1254",
        BrowserFamily.LinkedIn, OsFamily.IOS, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_2_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Twitter for iPhone/10.22",
        BrowserFamily.X, OsFamily.IOS, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/310.0.620312118 Mobile/15E148 Safari/604.1",
        BrowserFamily.GoogleApp, OsFamily.IOS, DeviceClass.Mobile)]
    [InlineData("Mozilla/5.0 (Linux; Android 13; HarmonyOS; NOH-NX9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/14.0.5.302 Mobile Safari/537.36",
        BrowserFamily.Other, OsFamily.Android, DeviceClass.Mobile)]
    public void Describe_RealBrowser_ReadsFamilySystemAndDevice(string userAgent, BrowserFamily browser, OsFamily os, DeviceClass device)
    {
        var (kind, traits) = Classifier.Describe(userAgent);

        Assert.Equal(ClickKind.Human, kind);
        Assert.Equal(new UserAgentTraits(browser, os, device), traits);
    }

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", ClickKind.Bot)]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", ClickKind.Preview)]
    [InlineData("curl/8.5.0", ClickKind.Bot)]
    [InlineData("", ClickKind.Bot)]
    [InlineData(null, ClickKind.Bot)]
    public void Describe_Machine_IsABotDevice(string? userAgent, ClickKind kind)
    {
        var described = Classifier.Describe(userAgent);

        Assert.Equal(kind, described.Kind);
        Assert.Equal(DeviceClass.Bot, described.Traits.Device);
    }

    [Fact]
    public void Describe_RealBrowsers_NearlyAllNamedAndNoneWithoutASystem()
    {
        var browsers = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Tracking", "browser-user-agents.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var traits = browsers.Select(ua => (ua, Classifier.Describe(ua).Traits)).Where(t => t.Traits.Device != DeviceClass.Bot).ToList();

        var unnamed = traits.Where(t => t.Traits.Browser is BrowserFamily.Other or BrowserFamily.Unknown).Select(t => t.ua).ToList();
        Assert.True(unnamed.Count * 50 <= traits.Count, $"{unnamed.Count} of {traits.Count} browsers without a family:\n{string.Join("\n", unnamed)}");
        Assert.DoesNotContain(traits, t => t.Traits.Os is OsFamily.Other or OsFamily.Unknown || t.Traits.Device is DeviceClass.Other or DeviceClass.Unknown);
    }

    [Fact]
    public void Describe_SameUserAgentTwice_SameAnswer() =>
        Assert.Equal(Classifier.Describe("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"),
            Classifier.Describe("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"));
}
