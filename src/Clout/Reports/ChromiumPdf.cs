using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Options;

namespace Clout.Reports;

/// <summary>
/// Prints an HTML document to PDF with headless Chromium as a child process (`--print-to-pdf`), in a temporary folder
/// holding the page, the PDF and a throw-away browser profile, deleted afterwards. Works offline: the report has no
/// external references, and host resolution is switched off so the browser cannot call anywhere either.
/// </summary>
public sealed class ChromiumPdf(IOptions<ReportOptions> options, ILogger<ChromiumPdf> logger)
{
    /// <summary>Executables tried on PATH when Clout:Reports:ChromiumPath is not set, in this order.</summary>
    public static IReadOnlyList<string> Candidates { get; } = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private const string SettingHint = $"set {ReportOptions.Section}:ChromiumPath (environment variable Clout__Reports__ChromiumPath) to a Chromium or Chrome executable";

    /// <summary>The last part of Chromium's standard error kept for an error message: enough for the reason, not the noise.</summary>
    private const int ErrorTailChars = 1_000;

    /// <summary>
    /// Two browsers at a time, process-wide: each takes a few hundred MB for up to the time-out, and a burst of download
    /// clicks or scripted API calls must queue rather than exhaust a small server's memory.
    /// </summary>
    private static readonly SemaphoreSlim Printers = new(2, 2);

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        await Printers.WaitAsync(cancellationToken);
        try
        {
            return await PrintOneAsync(html, cancellationToken);
        }
        finally
        {
            Printers.Release();
        }
    }

    private async Task<byte[]> PrintOneAsync(string html, CancellationToken cancellationToken)
    {
        var chromium = FindChromium();
        var work = Directory.CreateTempSubdirectory("clout-pdf-");
        try
        {
            var page = Path.Combine(work.FullName, "report.html");
            var pdf = Path.Combine(work.FullName, "report.pdf");
            await File.WriteAllTextAsync(page, html, Encoding.UTF8, cancellationToken);
            var start = new ProcessStartInfo(chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = work.FullName,
            };
            foreach (var arg in Arguments(work.FullName, pdf))
            {
                start.ArgumentList.Add(arg);
            }
            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            await RunAsync(start, cancellationToken);
            if (!File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new PdfRenderingException($"Chromium ({chromium}) exited without writing a PDF.");
            }
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
            Delete(work);
        }
    }

    /// <summary>The executable to run: the configured one, which must exist, else the first candidate on PATH.</summary>
    public string FindChromium()
    {
        if (options.Value.ChromiumPath is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? configured
                : throw new PdfRenderingException($"{ReportOptions.Section}:ChromiumPath is '{configured}', but there is no such file; {SettingHint}.");
        }
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Candidates.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists)
            ?? throw new PdfRenderingException($"No Chromium to print the PDF: none of {string.Join(", ", Candidates)} is on PATH; install one (e.g. apt-get install chromium) or {SettingHint}.");
    }

    private static List<string> Arguments(string work, string pdf)
    {
        List<string> args =
        [
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            // Containers often give /dev/shm 64 MB, too little for a renderer; the profile folder is used instead.
            "--disable-dev-shm-usage",
            // Offline by construction: no host name resolves, so nothing on the page or in the browser can call out.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            $"--user-data-dir={Path.Combine(work, "profile")}",
            "--no-pdf-header-footer",
            $"--print-to-pdf={pdf}",
        ];
        // Chromium refuses to start as root with its sandbox on (containers, CI). The page is our own report with no
        // scripts and no network, so running it unsandboxed there is acceptable; as any other user the sandbox stays.
        if (Environment.IsPrivilegedProcess)
        {
            args.Add("--no-sandbox");
        }
        return args;
    }

    private async Task RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start) ?? throw new PdfRenderingException($"Chromium ({start.FileName}) did not start; {SettingHint}.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PdfTimeout);
        // Both pipes are drained while it runs, or a chatty browser would block on a full pipe.
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfRenderingException($"Chromium did not finish the PDF within {options.Value.PdfTimeout.TotalSeconds:0} s ({ReportOptions.Section}:PdfTimeout) and was stopped.");
        }
        // A helper process that inherited the pipes could hold them open after the browser exits: bounded like the run.
        string stderr;
        try
        {
            await Task.WhenAll(output, errors).WaitAsync(options.Value.PdfTimeout, cancellationToken);
            stderr = await errors;
        }
        catch (TimeoutException)
        {
            throw new PdfRenderingException($"Chromium exited but its output pipes stayed open for {options.Value.PdfTimeout.TotalSeconds:0} s ({ReportOptions.Section}:PdfTimeout).");
        }
        if (process.ExitCode != 0)
        {
            var tail = stderr.Length > ErrorTailChars ? stderr[^ErrorTailChars..] : stderr;
            throw new PdfRenderingException($"Chromium ({start.FileName}) failed with exit code {process.ExitCode}: {tail.Trim()}");
        }
    }

    private void Delete(DirectoryInfo work)
    {
        try
        {
            work.Delete(recursive: true);
        }
        catch (IOException e)
        {
            // A browser helper may still be closing a profile file; the folder is under the temp directory either way.
            logger.LogWarning(e, "Could not delete the PDF work folder {Folder}", work.FullName);
        }
        catch (UnauthorizedAccessException e)
        {
            logger.LogWarning(e, "Could not delete the PDF work folder {Folder}", work.FullName);
        }
    }
}
