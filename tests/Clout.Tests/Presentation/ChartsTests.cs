using System.Text;
using System.Xml.Linq;
using Clout.Core.Loyalty;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using Clout.Presentation;

namespace Clout.Tests.Presentation;

public sealed class ChartsTests
{
    [Fact]
    public void TierMetric_TiersWithTheMetric_OneLabelledBarEachAndTheMetricInTheTitle()
    {
        var report = new TierReport("acme", null, null,
        [
            new TierSummary(Tier.Micro, 12, 40, new Dictionary<string, Estimate> { [Metrics.DepthRatio.Name] = new(0.2, 0.1, 0.3, 12) }),
            new TierSummary(Tier.Macro, 3, 9, new Dictionary<string, Estimate>()),
            new TierSummary(Tier.Celebrity, 6, 18, new Dictionary<string, Estimate> { [Metrics.DepthRatio.Name] = new(0.1, null, null, 2) }),
        ], []);

        var texts = XDocument.Parse(Charts.TierMetric(report, Metrics.DepthRatio)).Descendants()
            .Where(e => e.Name.LocalName == "text").Select(e => e.Value.Trim()).ToList();

        Assert.Contains("micro (n=12)", texts);
        Assert.Contains("celebrity (n=2)", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("macro", StringComparison.Ordinal));
        Assert.Contains(Metrics.DepthRatio.Label + " — median per influencer, 95 % interval", texts);
    }

    [Fact]
    public void TierMetric_EachBar_ShowsItsFiguresOnHoverAndScalesWithItsBox()
    {
        var report = new TierReport("acme", null, null,
        [
            new TierSummary(Tier.Micro, 12, 40, new Dictionary<string, Estimate> { [Metrics.EngagementRate.Name] = new(0.032, 0.028, 0.036, 12) }),
            new TierSummary(Tier.Celebrity, 6, 18, new Dictionary<string, Estimate> { [Metrics.EngagementRate.Name] = new(0.01, null, null, 2) }),
        ], []);

        var svg = XDocument.Parse(Charts.TierMetric(report, Metrics.EngagementRate)).Root!;

        Assert.Equal("0 0 720 360", svg.Attribute("viewBox")?.Value);
        Assert.Null(svg.Attribute("width"));
        Assert.Equal("img", svg.Attribute("role")?.Value);
        Assert.StartsWith(Metrics.EngagementRate.Label, svg.Attribute("aria-label")?.Value, StringComparison.Ordinal);
        var hovers = svg.Descendants().Where(e => e.Name.LocalName == "rect" && e.Attribute("class")?.Value == "chart-hover")
            .Select(e => e.Elements().Single(t => t.Name.LocalName == "title").Value).ToList();
        Assert.Equal(["micro (n=12): 3.20 % [2.80 % – 3.60 %]", "celebrity (n=2): 1.00 % (too few to say)"], hovers);
        // Two charts on one page must not share a clip path: every id carries the chart's name.
        Assert.All(svg.Descendants().Select(e => e.Attribute("id")?.Value).OfType<string>(),
            id => Assert.StartsWith("chart-engagement_rate-", id, StringComparison.Ordinal));
        Assert.DoesNotContain(svg.Descendants(), e => e.Attribute("style") is not null);
    }

    [Fact]
    public void Retention_EachDayOfEachTier_ShowsItsShareOnHover()
    {
        var loyalty = new RepeatPurchaseReport(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), 3, [],
            [new TierRepeat(Tier.Micro, 20, new RepeatRate(200, 25, null), new RetentionCurve(200, [0.01, 0.05, 0.125]))], 0);

        var titles = XDocument.Parse(Charts.Retention(loyalty)).Descendants()
            .Where(e => e.Name.LocalName == "rect" && e.Attribute("class")?.Value == "chart-hover")
            .Select(e => e.Elements().Single(t => t.Name.LocalName == "title").Value).ToList();

        Assert.Equal(3, titles.Count);
        Assert.Equal("micro, day 3: 12.5 % of 200 first-time customers had ordered again", titles[2]);
    }

    [Fact]
    public void DataUri_Svg_IsItsUtf8InBase64()
    {
        const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>–</text></svg>";

        var uri = Charts.DataUri(Svg);

        Assert.StartsWith("data:image/svg+xml;base64,", uri, StringComparison.Ordinal);
        Assert.Equal(Svg, Encoding.UTF8.GetString(Convert.FromBase64String(uri["data:image/svg+xml;base64,".Length..])));
    }
}
