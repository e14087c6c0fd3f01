using System.Diagnostics;

namespace Clout.Tests.Cli;

/// <summary>What one run of the `clout` executable printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>Standard error with Spectre's line wrapping undone, for matching sentences.</summary>
    public string ErrorText => string.Join(' ', Errors.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Errors}";
}

/// <summary>
/// Runs the real `clout` as a child process (`dotnet clout.dll …`), as a user would: its own console, exit code,
/// standard output and error. In-process runs would share the test host's global Console.
/// </summary>
internal static class CloutProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Variables that would point the child at another database, workspace or password.</summary>
    private static readonly string[] Inherited = ["CLOUT_DB", "ConnectionStrings__Clout", "CLOUT_WORKSPACE", "CLOUT_PASSWORD", "CLOUT_DEMO_PASSWORD", "ASPNETCORE_URLS"];

    public static string CloutDll => Path.Combine(AppContext.BaseDirectory, "clout.dll");

    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, "dotnet")) ? Path.Combine(root, "dotnet")
        : "dotnet";

    /// <param name="db">Passed as --db; null: none, for the tests of where else the database comes from.</param>
    public static async Task<CliRun> RunAsync(string? db, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(CloutDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        if (db is not null)
        {
            start.ArgumentList.Add("--db");
            start.ArgumentList.Add(db);
        }
        foreach (var name in Inherited)
        {
            start.Environment.Remove(name);
        }
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("clout did not start");
        process.StandardInput.Close(); // no terminal: a verb that would prompt must say so and stop
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new CliRun(process.ExitCode, (await output).Replace("\r", "", StringComparison.Ordinal), (await errors).Replace("\r", "", StringComparison.Ordinal));
    }

    public static Task<CliRun> RunAsync(string db, params string[] args) => RunAsync(db, null, args);
}
