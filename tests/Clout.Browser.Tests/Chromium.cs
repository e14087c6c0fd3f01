using Microsoft.Playwright;

namespace Clout.Browser.Tests;

/// <summary>
/// The system's Chromium, never a downloaded one: CLOUT_TEST_CHROMIUM, else /usr/bin/chromium. Without it the
/// browser tests skip locally and fail under CI, where they must run.
/// </summary>
internal static class Chromium
{
    public const string Variable = "CLOUT_TEST_CHROMIUM";
    private const string DefaultPath = "/usr/bin/chromium";

    private static readonly string[] Args =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    /// <summary>
    /// How long an action or an expectation waits for its condition. Playwright's 5 s default for expectations fails
    /// on a loaded 2-core machine where Chromium, the server and the suite share the cores; a condition that holds
    /// passes at once anyway, so a generous limit costs nothing when things work.
    /// </summary>
    public const float Timeout = 30_000;

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        Assertions.SetDefaultExpectTimeout(Timeout);
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequirePath(),
            Headless = true,
            Args = Args,
            Timeout = 60_000,
        });
    }

    private static string RequirePath()
    {
        var path = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured ? configured : DefaultPath;
        if (!File.Exists(path))
        {
            Assert.SkipWhen(!InCi, $"No Chromium at {path}: install it (apt-get install chromium) or set {Variable}.");
            Assert.Fail($"CI must run the browser tests, but there is no Chromium at {path} ({Variable}).");
        }
        return path;
    }

    private static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci
        && !ci.Equals("false", StringComparison.OrdinalIgnoreCase) && ci != "0";
}
