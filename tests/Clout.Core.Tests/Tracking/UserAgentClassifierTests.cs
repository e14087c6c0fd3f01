using Clout.Core.Tracking;

namespace Clout.Core.Tests.Tracking;

public sealed class UserAgentClassifierTests
{
    private static readonly Lazy<UserAgentClassifier> Shared = new(() => new UserAgentClassifier());

    private static UserAgentClassifier Classifier => Shared.Value;

    [Fact]
    public void Classify_CrawlerListOwnExamples_AtLeast99PercentNotHuman()
    {
        var examples = CrawlerList.Load().SelectMany(c => c.Instances ?? []).Distinct(StringComparer.Ordinal).ToList();

        var missed = examples.Where(ua => Classifier.Classify(ua) == ClickKind.Human).ToList();

        Assert.True(examples.Count > 1_000, $"the list holds only {examples.Count} examples");
        Assert.True(missed.Count <= examples.Count / 100,
            $"{missed.Count} of {examples.Count} crawler examples pass as human:\n{string.Join("\n", missed.Take(20))}");
    }

    [Fact]
    public void Classify_RealBrowsers_AtMostHalfAPercentFlagged()
    {
        var browsers = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Tracking", "browser-user-agents.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var flagged = browsers.Where(ua => Classifier.Classify(ua) != ClickKind.Human).ToList();

        Assert.True(browsers.Count >= 200, $"only {browsers.Count} browser user agents in the test file");
        Assert.True(flagged.Count * 200 <= browsers.Count,
            $"{flagged.Count} of {browsers.Count} browsers flagged:\n{string.Join("\n", flagged.Select(ua => $"{Classifier.Classify(ua)}: {ua}"))}");
    }

    [Theory]
    [InlineData("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)")]
    [InlineData("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")]
    [InlineData("Twitterbot/1.0")]
    [InlineData("WhatsApp/2.23.20.0")]
    [InlineData("TelegramBot (like TwitterBot)")]
    [InlineData("Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)")]
    [InlineData("LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)")]
    [InlineData("Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5")]
    [InlineData("Iframely/1.3.1 (+https://iframely.com/docs/about)")]
    [InlineData("Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)")]
    public void Classify_LinkPreviewFetchers_Preview(string userAgent) =>
        Assert.Equal(ClickKind.Preview, Classifier.Classify(userAgent));

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")]
    [InlineData("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    [InlineData("Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2; +https://openai.com/gptbot)")]
    [InlineData("curl/8.5.0")]
    [InlineData("")]
    public void Classify_Crawlers_Bot(string userAgent) =>
        Assert.Equal(ClickKind.Bot, Classifier.Classify(userAgent));

    [Fact]
    public void Classify_SecurityScanner_Scanner()
    {
        var scanner = CrawlerList.Load().First(c => c.Has(CrawlerList.ScannerTag) && !c.Has(CrawlerList.PreviewTag) && c.Instances is { Count: > 0 });

        Assert.Equal(ClickKind.Scanner, Classifier.Classify(scanner.Instances![0]));
    }

    [Fact]
    public void Classify_InstagramInAppBrowser_Human() =>
        Assert.Equal(ClickKind.Human, Classifier.Classify(
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 338.0.3.17.80 (iPhone14,5; iOS 17_5_1; en_US; en; scale=3.00; 1170x2532; 617395862)"));
}
