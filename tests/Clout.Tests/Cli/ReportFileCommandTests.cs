using System.Text.Json;
using Clout.Tests.Reports;

namespace Clout.Tests.Cli;

/// <summary>`clout report tiers --format html|pdf`: the shareable report from the command line, run as a child process.</summary>
public sealed class ReportFileCommandTests(DemoDatabase demo) : IClassFixture<DemoDatabase>, IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("clout-report-test-");

    [Fact]
    public async Task ReportTiersPdf_Output_WritesAPdfWithTheDemoVerdicts()
    {
        ReportPdf.RequireChromium();
        var file = Path.Combine(_folder.FullName, "demo report.pdf");
        var temp = _folder.CreateSubdirectory("tmp");

        var run = await CloutProcess.RunAsync(demo.ConnectionString, new Dictionary<string, string> { ["TMPDIR"] = temp.FullName },
            "report", "tiers", "--format", "pdf", "--output", file);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Output); // the file has the report; standard output stays clean
        Assert.Contains("Wrote", run.ErrorText);
        var (pages, text) = ReportPdf.Read(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        Assert.InRange(pages, 2, 20);
        foreach (var verdict in await HeadlineVerdictsAsync())
        {
            Assert.True(ReportPdf.ContainsSentence(text, verdict), $"\"{verdict}\" is not in the PDF's text");
        }
        Assert.Contains("How to read this", text);
        // The scratch folder (page, PDF, Chromium's profile) is gone, and Chromium left nothing else in the temp folder.
        Assert.Empty(temp.GetFileSystemInfos());
    }

    [Fact]
    public async Task ReportTiersHtml_NoOutput_WritesTheSamePageAsTheFile()
    {
        var file = Path.Combine(_folder.FullName, "report.html");

        var toStdout = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "html");
        var toFile = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "html", "-o", file);

        Assert.True(toStdout.ExitCode == 0, toStdout.ToString());
        Assert.True(toFile.ExitCode == 0, toFile.ToString());
        var html = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        Assert.StartsWith("<!DOCTYPE html>", toStdout.Output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("micro-influencers engaged", html);
        // Same renderer, same data: identical apart from the minute it was generated.
        Assert.Equal(WithoutGenerated(toStdout.Output), WithoutGenerated(html));
    }

    [Fact]
    public async Task ReportTiersPdf_NoChromiumAtTheConfiguredPath_FailsNamingTheSetting()
    {
        var file = Path.Combine(_folder.FullName, "report.pdf");
        var missing = Path.Combine(_folder.FullName, "no-chromium-here");

        var run = await CloutProcess.RunAsync(demo.ConnectionString, new Dictionary<string, string> { ["Reports__ChromiumPath"] = missing },
            "report", "tiers", "--format", "pdf", "--output", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Reports:ChromiumPath", run.ErrorText);
        Assert.Contains(missing, run.ErrorText);
        Assert.False(File.Exists(file), "no file is written when there is no PDF");
    }

    [Fact]
    public async Task ReportTiers_UnknownFormat_FailsNamingIt()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "docx");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("docx", run.ErrorText);
        Assert.Contains("pdf", run.ErrorText);
    }

    [Fact]
    public async Task ReportTiersTable_Output_IsUsageError()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--output", Path.Combine(_folder.FullName, "t.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.ErrorText);
    }

    private async Task<List<string>> HeadlineVerdictsAsync()
    {
        var run = await CloutProcess.RunAsync(demo.ConnectionString, "report", "tiers", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = JsonDocument.Parse(run.Output);
        string[] headline = ["engagement_rate", "conversion_rate", "cpa", "roas"];
        var verdicts = document.RootElement.GetProperty("contrasts").EnumerateArray()
            .Where(c => c.GetProperty("a").GetString() == "micro" && c.GetProperty("b").GetString() == "celebrity" && headline.Contains(c.GetProperty("metric").GetString()))
            .Select(c => c.GetProperty("verdict").GetString()!)
            .ToList();
        Assert.Equal(headline.Length, verdicts.Count);
        return verdicts;
    }

    private static string WithoutGenerated(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, @"\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC", "…");

    public void Dispose() => _folder.Delete(recursive: true);
}
