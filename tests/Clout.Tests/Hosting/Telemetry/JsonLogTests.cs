using System.Diagnostics;
using System.Text.Json;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Cli;

namespace Clout.Tests.Hosting.Telemetry;

/// <summary>Clout:Logging:Format: json makes the real `clout serve` log one JSON object per line; a bad value stops it.</summary>
public sealed class JsonLogTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task Serve_LoggingFormatJson_StartUpLinesAreJsonObjects()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var start = new ProcessStartInfo(CloutProcess.Dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in new[] { CloutProcess.CloutDll, "serve", "--db", database.ConnectionString, "--urls", "http://127.0.0.1:0" })
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["Clout__Logging__Format"] = "json";
        start.Environment.Remove("ASPNETCORE_URLS");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("clout did not start");
        string? line;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(WebTest.Ct);
            timeout.CancelAfter(Patience);
            // The first line on standard output is the log's: "Now listening on …" or any before it.
            do
            {
                line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            while (line is { Length: 0 });
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        Assert.NotNull(line);
        using var entry = JsonDocument.Parse(line);
        Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("Category").GetString()), line);
        Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("Message").GetString()), line);
        Assert.True(entry.RootElement.TryGetProperty("Timestamp", out _), line);
    }

    [Fact]
    public async Task Serve_LoggingFormatUnknown_StopsNamingTheSetting()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var run = await CloutProcess.RunAsync(database.ConnectionString, new Dictionary<string, string> { ["Clout__Logging__Format"] = "xml" },
            "serve", "--urls", "http://127.0.0.1:0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Clout:Logging:Format", run.ErrorText);
    }
}
