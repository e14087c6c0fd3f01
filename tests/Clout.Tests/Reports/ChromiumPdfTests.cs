using System.Diagnostics;
using Clout.Reports;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Clout.Tests.Reports;

/// <summary>The PDF printer's failures: each names what to fix, and none leaves a browser running.</summary>
public sealed class ChromiumPdfTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("clout-chromium-test-");

    [Fact]
    public async Task PrintAsync_ConfiguredPathMissing_NamesTheSetting()
    {
        var missing = Path.Combine(_folder.FullName, "chromium");
        var pdf = Printer(new ReportOptions { ChromiumPath = missing });

        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => pdf.PrintAsync("<p>hi</p>", TestContext.Current.CancellationToken));

        Assert.Contains("Reports:ChromiumPath", error.Message);
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public async Task PrintAsync_BrowserHangs_IsStoppedAtTheTimeOut()
    {
        var hanging = Script("hanging-chromium", "sleep 60");
        var pdf = Printer(new ReportOptions { ChromiumPath = hanging, PdfTimeout = TimeSpan.FromSeconds(1) });
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => pdf.PrintAsync("<p>hi</p>", TestContext.Current.CancellationToken));

        Assert.Contains("within 1 s", error.Message);
        Assert.Contains("PdfTimeout", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task PrintAsync_BrowserFails_ReportsItsExitCodeAndMessage()
    {
        var failing = Script("failing-chromium", "echo 'cannot open display' >&2; exit 3");
        var pdf = Printer(new ReportOptions { ChromiumPath = failing });

        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => pdf.PrintAsync("<p>hi</p>", TestContext.Current.CancellationToken));

        Assert.Contains("exit code 3", error.Message);
        Assert.Contains("cannot open display", error.Message);
    }

    [Fact]
    public async Task PrintAsync_BrowserExitsWithoutAPdf_SaysSo()
    {
        var silent = Script("silent-chromium", "exit 0");
        var pdf = Printer(new ReportOptions { ChromiumPath = silent });

        var error = await Assert.ThrowsAsync<PdfRenderingException>(() => pdf.PrintAsync("<p>hi</p>", TestContext.Current.CancellationToken));

        Assert.Contains("without writing a PDF", error.Message);
    }

    private static ChromiumPdf Printer(ReportOptions options) => new(Options.Create(options), NullLogger<ChromiumPdf>.Instance);

    /// <summary>A stand-in for the browser: a shell script that behaves badly in one way.</summary>
    private string Script(string name, string body)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "the stand-in browser is a shell script");
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, $"#!/bin/sh\n{body}\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
