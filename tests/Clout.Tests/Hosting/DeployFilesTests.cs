using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Clout.Imports;

namespace Clout.Tests.Hosting;

/// <summary>deploy/: the nginx site passes `nginx -t`, and the systemd unit and the site agree with the app's limits.</summary>
public sealed partial class DeployFilesTests
{
    private static string Deploy => Path.Combine(RepositoryFiles.Root, "deploy");

    [Fact]
    public async Task NginxSite_PassesNginxTest()
    {
        Assert.SkipWhen(!File.Exists("/usr/sbin/nginx") && !File.Exists("/usr/bin/nginx"), "nginx is not installed (apt-get install nginx)");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Deploy, "nginx", "check.sh"));
        using var check = Process.Start(start)!;
        var output = check.StandardOutput.ReadToEndAsync(WebTest.Ct);
        var errors = check.StandardError.ReadToEndAsync(WebTest.Ct);
        await check.WaitForExitAsync(WebTest.Ct);

        Assert.True(check.ExitCode == 0, $"{await output}\n{await errors}");
    }

    [Fact]
    public void NginxSite_TakesTheLargestImportAndForwardsTheClient()
    {
        var site = File.ReadAllText(Path.Combine(Deploy, "nginx", "clout.conf"));

        var megabytes = long.Parse(BodySize().Match(site).Groups["mb"].Value, CultureInfo.InvariantCulture);
        Assert.True(megabytes * 1024 * 1024 >= ImportEndpoints.MaxBodyBytes, $"client_max_body_size {megabytes}m is below the import limit");
        Assert.Contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;", site, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header X-Forwarded-Proto $scheme;", site, StringComparison.Ordinal);
        Assert.Contains("proxy_set_header Host $host;", site, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemdUnit_WaitsLongerThanTheHostsGracefulStop()
    {
        var unit = File.ReadAllText(Path.Combine(Deploy, "clout.service"));

        var seconds = int.Parse(StopTimeout().Match(unit).Groups["s"].Value, CultureInfo.InvariantCulture);
        // The host's default ShutdownTimeout (30 s, see GracefulStopTests): systemd must not SIGKILL a drain in progress.
        Assert.True(seconds > 30, $"TimeoutStopSec={seconds}s");
        Assert.Contains("KillSignal=SIGTERM", unit, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"client_max_body_size (?<mb>\d+)m;")]
    private static partial Regex BodySize();

    [GeneratedRegex(@"^TimeoutStopSec=(?<s>\d+)s$", RegexOptions.Multiline)]
    private static partial Regex StopTimeout();
}
