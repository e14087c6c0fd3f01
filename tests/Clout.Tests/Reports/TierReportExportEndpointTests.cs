using System.Net;
using System.Text.RegularExpressions;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Reports;

/// <summary>GET /api/v1/reports/tiers?format=html|pdf: the shareable report, through the real server.</summary>
public sealed partial class TierReportExportEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTiers_FormatHtml_IsOneSelfContainedPageWithTablesVerdictsAndCharts(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);
        var verdict = await EngagementVerdictAsync(client);

        using var response = await client.GetAsync("/api/v1/reports/tiers?format=html", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("tier-report-acme.html", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<table class=\"metrics\"", html);
        Assert.Contains("<tr data-metric=\"engagement_rate\">", html);
        Assert.Contains(verdict, WebUtility.HtmlDecode(html));
        Assert.Contains("id=\"chart-engagement_rate\"", html);
        // The charts are SVG inside the file, each bar with its figures as a hover title.
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 360\" class=\"chart-svg\"", html);
        Assert.Contains("<title>micro (n=3): 3.25 %", WebUtility.HtmlDecode(html));
        Assert.Contains("How to read this", html);
        // Self-contained: no script, no stylesheet link, nothing fetched from a server when it is opened or printed.
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        var external = ExternalReference().Matches(html).Select(m => m.Value).ToList();
        Assert.True(external.Count == 0, $"external references: {string.Join(", ", external)}");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetTiers_FormatPdf_IsAPdfWhoseTextHoldsTheVerdict(DatabaseProvider provider)
    {
        ReportPdf.RequireChromium();
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);
        var verdict = await EngagementVerdictAsync(client);

        using var response = await client.GetAsync("/api/v1/reports/tiers?format=pdf&from=2026-03-01&to=2026-04-01", Ct);

        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(body));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("tier-report-acme-2026-03-01-2026-03-31.pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var (pages, text) = ReportPdf.Read(body);
        Assert.InRange(pages, 1, 20);
        Assert.True(ReportPdf.ContainsSentence(text, verdict), $"the verdict \"{verdict}\" is not in the PDF's text:\n{text}");
        Assert.Contains("Workspace", text);
        Assert.Contains("acme", text);
        Assert.Contains("2026-03-01", text);
        // Only the groups that have data: the small roster has no orders, comments or surveys.
        Assert.DoesNotContain("Conversions and money", text);
        Assert.DoesNotContain("Trust surveys", text);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("PDFX")]
    public async Task GetTiers_UnknownFormat_IsBadRequestNamingIt(string format)
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync($"/api/v1/reports/tiers?format={format}", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"Unknown format '{format}'", problem.Detail());
        Assert.Contains("html", problem.Detail());
    }

    [Theory]
    [InlineData("html")]
    [InlineData("pdf")]
    public async Task GetTiers_FileEndingOnTheCalendarsFirstDay_IsBadRequestNamingTo(string format)
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync($"/api/v1/reports/tiers?format={format}&to=0001-01-01", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("'to' must be 0001-01-02 or later", problem.Detail());
    }

    [Fact]
    public async Task GetTiers_FormatJson_IsTheJsonReportAsBefore()
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/tiers?format=json", Ct);

        var report = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("acme", report.GetProperty("workspace").GetString());
    }

    [Fact]
    public async Task GetTiers_FormatHtmlWithoutApiKey_IsUnauthorized()
    {
        await using var app = await WebTest.StartAsync();
        await SeededClientAsync(app.Server);
        using var anonymous = app.Server.CreateClient();

        using var response = await anonymous.GetAsync("/api/v1/reports/tiers?format=html", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>The micro-vs-celebrity engagement verdict, read from the JSON report of the same data.</summary>
    private static async Task<string> EngagementVerdictAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/reports/tiers?from=2026-03-01&to=2026-04-01", Ct);
        var report = await response.JsonAsync(HttpStatusCode.OK);
        var verdict = report.GetProperty("contrasts").EnumerateArray()
            .Single(c => c.GetProperty("metric").GetString() == "engagement_rate" && c.GetProperty("a").GetString() == "micro" && c.GetProperty("b").GetString() == "celebrity")
            .GetProperty("verdict").GetString();
        Assert.False(string.IsNullOrWhiteSpace(verdict));
        return verdict!;
    }

    private static async Task<HttpClient> SeededClientAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallRoster.SeedAsync(server, workspace, Ct);
        return server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
    }

    /// <summary>An attribute or CSS value that would make a browser fetch from a server: src/href/url()/@import with http(s).</summary>
    [GeneratedRegex("""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//|url\(\s*["']?\s*(?:https?:)?//|@import)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
