using System.Text;
using System.Xml.Linq;
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
    public void DataUri_Svg_IsItsUtf8InBase64()
    {
        const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>–</text></svg>";

        var uri = Charts.DataUri(Svg);

        Assert.StartsWith("data:image/svg+xml;base64,", uri, StringComparison.Ordinal);
        Assert.Equal(Svg, Encoding.UTF8.GetString(Convert.FromBase64String(uri["data:image/svg+xml;base64,".Length..])));
    }
}
