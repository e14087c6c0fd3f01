using Clout.Demo;
using Clout.Hosting;
using Clout.Reports;
using Clout.Storage.Model;
using Clout.Surveys;
using Clout.Testing;
using Clout.Tracking;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clout.Tests.Hosting;

/// <summary>The web app's settings as `clout serve` hands them over: command-line configuration into the options, checked at start.</summary>
public sealed class CloutConfigurationTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private string Db => $"--{CloutConfiguration.ConnectionStringKey}={_database.ConnectionString}";

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Create_SettingsUnderCloutAndFormerNames_ReachTheOptions()
    {
        await using var app = CloutWebApp.Create([Db,
            "--Clout:Tracking:QueueCapacity=1234", "--Tracking:MaxBatch=77", "--Tracking:FlushToDisk=true",
            "--Clout:Tracking:LinkCacheDuration=00:02:00", "--Reports:ChromiumPath=/opt/chromium", "--Clout:Reports:PdfTimeout=00:00:15",
            "--Surveys:PermitsPerMinute=30", "--Clout:Surveys:ExemptLoopback=false", "--Clout:Demo:Password=long-enough-1",
            "--urls=http://127.0.0.1:5099"]);

        var tracking = app.Services.GetRequiredService<IOptions<TrackingOptions>>().Value;
        var reports = app.Services.GetRequiredService<IOptions<ReportOptions>>().Value;
        var surveys = app.Services.GetRequiredService<IOptions<SurveyOptions>>().Value;
        Assert.Equal(1234, tracking.QueueCapacity);
        Assert.Equal(77, tracking.MaxBatch);
        Assert.True(tracking.FlushToDisk);
        Assert.Equal(TimeSpan.FromMinutes(2), tracking.LinkCacheDuration);
        Assert.Equal("/opt/chromium", reports.ChromiumPath);
        Assert.Equal(TimeSpan.FromSeconds(15), reports.PdfTimeout);
        Assert.Equal(30, surveys.PermitsPerMinute);
        Assert.False(surveys.ExemptLoopback);
        Assert.Equal("long-enough-1", app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Password);
        Assert.Equal("http://127.0.0.1:5099", app.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Fact]
    public async Task Create_SameSettingUnderBothNames_TheCloutNameWins()
    {
        await using var app = CloutWebApp.Create([Db, "--Clout:Tracking:PermitsPerMinute=50", "--Tracking:PermitsPerMinute=60", "--Tracking:MaxBatch=70"]);

        var tracking = app.Services.GetRequiredService<IOptions<TrackingOptions>>().Value;
        Assert.Equal(50, tracking.PermitsPerMinute);
        Assert.Equal(70, tracking.MaxBatch);
    }

    [Fact]
    public async Task Create_NothingSet_KeepsTheCodeDefaultsAndListensOnLoopbackPort5000()
    {
        await using var app = CloutWebApp.Create([Db]);

        var tracking = app.Services.GetRequiredService<IOptions<TrackingOptions>>().Value;
        Assert.Equal(new TrackingOptions().QueueCapacity, tracking.QueueCapacity);
        Assert.Equal(new TrackingOptions().LinkCacheDuration, tracking.LinkCacheDuration);
        Assert.Equal(new ReportOptions().PdfTimeout, app.Services.GetRequiredService<IOptions<ReportOptions>>().Value.PdfTimeout);
        Assert.Equal(new SurveyOptions().PermitsPerMinute, app.Services.GetRequiredService<IOptions<SurveyOptions>>().Value.PermitsPerMinute);
        Assert.Null(app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Password);
        Assert.Equal(CloutConfiguration.DefaultUrls, app.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    [Theory]
    [InlineData("--Clout:Tracking:QueueCapacity=1000001", "Clout:Tracking:QueueCapacity must be between 1 and 1000000 (was 1000001)")]
    [InlineData("--Clout:Tracking:MaxBatch=0", "Clout:Tracking:MaxBatch must be between 1 and 100000 (was 0)")]
    [InlineData("--Tracking:PermitsPerMinute=0", "Tracking:PermitsPerMinute must be between 1 and 1000000 (was 0)")]
    [InlineData("--Clout:Tracking:LinkCacheDuration=00:00:00", "Clout:Tracking:LinkCacheDuration must be between 00:00:01 and 1.00:00:00 (was 00:00:00)")]
    [InlineData("--Clout:Reports:PdfTimeout=01:00:01", "Clout:Reports:PdfTimeout must be between 00:00:01 and 01:00:00 (was 01:00:01)")]
    [InlineData("--Clout:Surveys:PermitsPerMinute=-1", "Clout:Surveys:PermitsPerMinute must be between 1 and 1000000 (was -1)")]
    [InlineData("--Clout:Demo:Password=1234567", "Clout:Demo:Password must have at least 8 characters")]
    [InlineData("--Clout:Surveys:OrderProofWindowHours=0", "Clout:Surveys:OrderProofWindowHours must be between 1 and 720 (was 0)")]
    [InlineData("--Clout:Surveys:OrderProofWindowHours=721", "Clout:Surveys:OrderProofWindowHours must be between 1 and 720 (was 721)")]
    [InlineData("--Clout:Surveys:PermitsPerHour=5", "Clout:Surveys:PermitsPerHour is not a setting; Clout:Surveys has PermitsPerMinute, ExemptLoopback, OrderProofWindowHours, QueueCapacity, MaxBatch")]
    [InlineData("--Clout:Proxy:KnownProxies:0=10.0.0.300", "Clout:Proxy:KnownProxies must list IP addresses such as 127.0.0.1 or ::1; \"10.0.0.300\" is not one (was 10.0.0.300)")]
    [InlineData("--Clout:Proxy:KnownProxies=127.0.0.1, nginx", "Clout:Proxy:KnownProxies must list IP addresses such as 127.0.0.1 or ::1; \"nginx\" is not one (was 127.0.0.1, nginx)")]
    [InlineData("--Clout:Proxy:KnownNetworks:0=10.0.0.0/33", "Clout:Proxy:KnownNetworks must list networks in CIDR notation such as 10.0.0.0/8; \"10.0.0.0/33\" is not one (was 10.0.0.0/33)")]
    [InlineData("--Clout:Telemetry:MetricsNetworks:0=prometheus", "Clout:Telemetry:MetricsNetworks must list networks in CIDR notation such as 10.0.0.0/8; \"prometheus\" is not one (was prometheus)")]
    [InlineData("--Clout:Proxy:TrustedProxies=127.0.0.1", "Clout:Proxy:TrustedProxies is not a setting; Clout:Proxy has KnownProxies, KnownNetworks")]
    public void Create_BadSetting_FailsNamingItsKey(string setting, string expected)
    {
        var error = Assert.Throws<OptionsValidationException>(() => CloutWebApp.Create([Db, setting]));

        Assert.Equal([expected], error.Failures);
    }

    [Fact]
    public async Task Create_BoundaryValues_AreAccepted()
    {
        await using var app = CloutWebApp.Create([Db, "--Clout:Tracking:QueueCapacity=1", "--Clout:Tracking:MaxBatch=100000",
            "--Clout:Tracking:LinkCacheDuration=1.00:00:00", "--Clout:Reports:PdfTimeout=00:00:01", "--Clout:Surveys:PermitsPerMinute=1000000",
            "--Clout:Demo:Password=12345678"]);

        Assert.Equal(1, app.Services.GetRequiredService<IOptions<TrackingOptions>>().Value.QueueCapacity);
    }
}
