using System.Net;
using Clout.Core.Reports;
using Clout.Core.Roster;
using Clout.Core.Statistics;
using Clout.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Clout.Tests.Reports;

/// <summary>The shareable report's HTML from a report built by hand, with the clock pinned.</summary>
public sealed class TierReportHtmlTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task RenderAsync_PinnedClock_StampsThatTimeAndThePeriod()
    {
        var html = await RenderAsync(Report("acme"));

        Assert.Contains("<dd id=\"generated\">2026-04-02 09:30 UTC</dd>", html);
        Assert.Contains("<dd id=\"period\">2026-03-01 – 2026-03-31</dd>", html); // [from, to): the last day shown is the one before 'to'
    }

    [Fact]
    public async Task RenderAsync_MissingValues_ShowADashAndSectionsWithoutDataAreLeftOut()
    {
        var html = await RenderAsync(Report("acme"));

        // Celebrity has no dialogue rate: a dash, never 0.
        Assert.Contains("<td class=\"num none\" data-tier=\"celebrity\">—</td>", html);
        Assert.Contains("id=\"engagement\"", html);
        Assert.DoesNotContain("id=\"conversions\"", html);
        Assert.DoesNotContain("id=\"surveys\"", html);
        Assert.DoesNotContain("id=\"chart-conversion_rate\"", html);
        Assert.Contains("id=\"chart-engagement_rate\"", html);
    }

    [Fact]
    public async Task RenderAsync_Verdicts_HeadlineMicroAgainstCelebrityAndListEveryContrast()
    {
        var html = WebUtility.HtmlDecode(await RenderAsync(Report("acme")));

        var headline = html[html.IndexOf("id=\"headline\"", StringComparison.Ordinal)..html.IndexOf("id=\"charts\"", StringComparison.Ordinal)];
        Assert.Contains("micro-influencers engaged 3.0x [2.0-4.0] more per follower than celebrities", headline);
        Assert.Contains("P(micro better) > 0.999", headline);
        Assert.DoesNotContain("deeper engagement", headline); // depth ratio is not a headline metric
        var contrasts = html[html.IndexOf("id=\"contrasts\"", StringComparison.Ordinal)..];
        Assert.Contains("not enough data on depth ratio", contrasts);
        Assert.Contains("micro against celebrity", contrasts);
    }

    [Fact]
    public async Task RenderAsync_MarkupInNames_IsEscaped()
    {
        var html = await RenderAsync(Report("<b>acme</b>"));

        Assert.DoesNotContain("<b>acme</b>", html);
        Assert.Contains("&lt;b&gt;acme&lt;/b&gt;", html);
    }

    [Fact]
    public async Task RenderAsync_OneCampaign_SaysSoOnEveryPageAndInTheFileName()
    {
        var report = Report("acme") with { Campaign = "Kim's \"Spring\" </style> drop" };

        var html = await RenderAsync(report);

        // Shown, escaped, in the header; in the page margins (a CSS string) without the characters that could end it.
        Assert.Contains("<dd id=\"campaign\">Kim&#x27;s &quot;Spring&quot; &lt;/style&gt; drop</dd>", html);
        Assert.Contains("content: \"Clout tier report · acme · campaign Kim's Spring /style drop · 2026-03-01 – 2026-03-31\";", html);
        Assert.Equal(1, html.Split("</style>").Length - 1);
        Assert.Equal("tier-report-acme-kim-s-spring-style-drop-2026-03-01-2026-03-31", TierReportExport.FileName(report));
        Assert.Equal("tier-report-acme-2026-03-01-2026-03-31", TierReportExport.FileName(Report("acme")));
    }

    [Fact]
    public async Task RenderAsync_NoTiers_SaysThereIsNothingToCompare()
    {
        var html = await RenderAsync(new TierReport("acme", null, null, [], []));

        Assert.Contains("No posts in this period", html);
        Assert.Contains("<dd id=\"period\">all data</dd>", html);
        Assert.Contains("How to read this", html);
    }

    [Fact]
    public void Sections_CoverEveryMetricTheReportKnows()
    {
        // A metric added to Metrics.All without a section would be silently missing from the shared report.
        Assert.Equal(Metrics.All.Select(m => m.Name), TierReportSection.All.SelectMany(s => s.Metrics).Select(m => m.Name));
    }

    private static async Task<string> RenderAsync(TierReport report)
    {
        await using var services = new ServiceCollection().BuildServiceProvider();
        var renderer = new TierReportHtml(services, NullLoggerFactory.Instance, new FakeTimeProvider(Now));
        return await renderer.RenderAsync(report, TestContext.Current.CancellationToken);
    }

    private static TierReport Report(string workspace) => new(
        workspace,
        new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc),
        [
            new TierSummary(Tier.Micro, 12, 40, new Dictionary<string, Estimate>
            {
                [Metrics.EngagementRate.Name] = new(0.03, 0.025, 0.035, 12),
                [Metrics.DepthRatio.Name] = new(0.2, 0.1, 0.3, 12),
                [Metrics.DialogueRate.Name] = new(0.4, 0.3, 0.5, 12),
            }),
            new TierSummary(Tier.Celebrity, 6, 18, new Dictionary<string, Estimate>
            {
                [Metrics.EngagementRate.Name] = new(0.01, 0.008, 0.012, 6),
                [Metrics.DepthRatio.Name] = new(0.1, null, null, 2),
            }),
        ],
        [
            new TierContrast(Metrics.EngagementRate.Name, Tier.Micro, Tier.Celebrity, new Contrast(3.0, 2.0, 4.0, 0.9999, 12, 6), ContrastReading.ABetter,
                "micro-influencers engaged 3.0x [2.0-4.0] more per follower than celebrities"),
            new TierContrast(Metrics.DepthRatio.Name, Tier.Micro, Tier.Celebrity, null, ContrastReading.NotEnoughData,
                "not enough data on depth ratio: 12 micro-influencers, 2 celebrities"),
        ]);
}
