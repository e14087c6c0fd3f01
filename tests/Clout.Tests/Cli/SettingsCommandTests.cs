using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Cli;

/// <summary>
/// Where the real `clout` reads its settings (appsettings.json beside it, environment variables, the command line,
/// and the documented aliases) and how it stops on a bad one: at start, naming the setting, with no stack trace.
/// </summary>
public sealed class SettingsCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Serve_QueueCapacityZero_StopsAtStartNamingTheSettingBeforeTouchingTheDatabase()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clout-never-created-{Guid.NewGuid():N}.db");

        var run = await CloutProcess.RunAsync($"Data Source={file}", new Dictionary<string, string> { ["Clout__Tracking__QueueCapacity"] = "0" },
            "serve", "--urls", "http://127.0.0.1:0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("error: Clout:Tracking:QueueCapacity must be between 1 and 1000000 (was 0)", run.ErrorText);
        Assert.Equal("", run.Output);
        Assert.False(File.Exists(file), "the database is not created, let alone migrated, when a setting is bad");
    }

    [Fact]
    public async Task Serve_SeveralBadSettings_NamesEachAsWritten()
    {
        // Upper-case (environment variable names are case-insensitive to .NET) and a former section name.
        var run = await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string>
        {
            ["CLOUT__SURVEYS__PERMITSPERMINUTE"] = "0",
            ["Tracking__MaxBatch"] = "-5",
            ["Clout__Tracking__LinkCacheDuration"] = "2.00:00:00",
        }, "serve", "--urls", "http://127.0.0.1:0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("error: Clout:Surveys:PermitsPerMinute must be between 1 and 1000000 (was 0)", run.ErrorText);
        Assert.Contains("error: Tracking:MaxBatch must be between 1 and 100000 (was -5)", run.ErrorText);
        Assert.Contains("error: Clout:Tracking:LinkCacheDuration must be between 00:00:01 and 1.00:00:00 (was 2.00:00:00)", run.ErrorText);
        Assert.DoesNotContain("   at ", run.Errors); // no stack trace
        Assert.DoesNotContain("Exception", run.Errors);
    }

    [Theory]
    [InlineData("Clout__Tracking__QueueCapcity", "5", "Clout:Tracking:QueueCapcity is not a setting")]
    [InlineData("Clout__Tracking__QueueCapacity", "lots", "'Clout:Tracking:QueueCapacity'")]
    [InlineData("Clout__Tracking__FlushToDisk", "sometimes", "'Clout:Tracking:FlushToDisk'")]
    public async Task Serve_MisspeltOrMistypedSetting_StopsNamingIt(string variable, string value, string expected)
    {
        var run = await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { [variable] = value },
            "serve", "--urls", "http://127.0.0.1:0");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.ErrorText);
        Assert.DoesNotContain("   at ", run.Errors); // no stack trace
        Assert.DoesNotContain("Exception", run.Errors);
    }

    [Fact]
    public async Task Verb_BadSettingItReads_StopsBeforeMigrating()
    {
        var file = Path.Combine(Path.GetTempPath(), $"clout-never-created-{Guid.NewGuid():N}.db");

        var run = await CloutProcess.RunAsync($"Data Source={file}", new Dictionary<string, string> { ["Clout__Reports__PdfTimeout"] = "00:00:00" },
            "workspace", "list");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("error: Clout:Reports:PdfTimeout must be between 00:00:01 and 01:00:00 (was 00:00:00)", run.ErrorText);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Verb_SettingOnTheCommandLine_OutranksTheEnvironmentAnywhereInTheLine()
    {
        var bad = new Dictionary<string, string> { ["Clout__Reports__PdfTimeout"] = "00:00:00" };

        var after = await CloutProcess.RunAsync(_database.ConnectionString, bad, "workspace", "list", "--Clout:Reports:PdfTimeout=00:02:00");
        var before = await CloutProcess.RunAsync(_database.ConnectionString, bad, "--Clout:Reports:PdfTimeout=00:02:00", "workspace", "list");
        var badOnTheLine = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "list", "--Clout:Reports:PdfTimeout=9.00:00:00");

        Assert.True(after.ExitCode == 0, after.ToString());
        Assert.True(before.ExitCode == 0, before.ToString());
        Assert.True(badOnTheLine.ExitCode == 2, badOnTheLine.ToString());
        Assert.Contains("Clout:Reports:PdfTimeout must be between", badOnTheLine.ErrorText);
    }

    [Fact]
    public async Task Verb_MisspeltOption_IsStillRefused()
    {
        var run = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "list", "--fromat", "json");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--fromat", run.ErrorText);
    }

    [Fact]
    public async Task FormerSectionName_StillRead_AndTheCloutNameWins()
    {
        var former = await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { ["Reports__PdfTimeout"] = "00:00:00" },
            "workspace", "list");
        var both = await CloutProcess.RunAsync(_database.ConnectionString,
            new Dictionary<string, string> { ["Reports__PdfTimeout"] = "00:00:00", ["Clout__Reports__PdfTimeout"] = "00:00:30" }, "workspace", "list");

        Assert.True(former.ExitCode == 2, former.ToString());
        Assert.Equal("error: Reports:PdfTimeout must be between 00:00:01 and 01:00:00 (was 00:00:00)", former.ErrorText);
        Assert.True(both.ExitCode == 0, both.ToString());
    }

    [Fact]
    public async Task DemoPassword_CloutDemoPasswordIsTheSettingsAlias_AndWins_AndIsNeverShown()
    {
        var shortAlias = await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { ["CLOUT_DEMO_PASSWORD"] = "hunter2" },
            "workspace", "list");
        var aliasWins = await CloutProcess.RunAsync(_database.ConnectionString,
            new Dictionary<string, string> { ["CLOUT_DEMO_PASSWORD"] = "long-enough-1", ["Clout__Demo__Password"] = "short" }, "workspace", "list");
        var shortSetting = await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { ["Clout__Demo__Password"] = "short" },
            "workspace", "list");

        Assert.True(shortAlias.ExitCode == 2, shortAlias.ToString());
        Assert.Equal("error: Clout:Demo:Password must have at least 8 characters", shortAlias.ErrorText);
        Assert.True(aliasWins.ExitCode == 0, aliasWins.ToString());
        Assert.True(shortSetting.ExitCode == 2, shortSetting.ToString());
        Assert.DoesNotContain("short", shortSetting.ErrorText);
    }

    /// <summary>--db, else CLOUT_DB, else ConnectionStrings:Clout (command line over environment), else clout.db.</summary>
    [Theory]
    [InlineData(true, true, true, true, "dboption")]
    [InlineData(false, true, true, true, "cloutdb")]
    [InlineData(false, false, true, true, "commandline")]
    [InlineData(false, false, false, true, "environment")]
    public async Task Database_EachSource_ResolvesInTheDocumentedOrder(bool dbOption, bool cloutDb, bool commandLine, bool environment, string expected)
    {
        var databases = new Dictionary<string, TestDatabase>();
        try
        {
            foreach (var name in new[] { "dboption", "cloutdb", "commandline", "environment" })
            {
                databases[name] = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
                var created = await CloutProcess.RunAsync(databases[name].ConnectionString, "workspace", "create", name);
                Assert.True(created.ExitCode == 0, created.ToString());
            }
            var variables = new Dictionary<string, string>();
            if (cloutDb)
            {
                variables["CLOUT_DB"] = databases["cloutdb"].ConnectionString;
            }
            if (environment)
            {
                variables["ConnectionStrings__Clout"] = databases["environment"].ConnectionString;
            }
            List<string> args = ["workspace", "list"];
            if (commandLine)
            {
                args.Add($"--ConnectionStrings:Clout={databases["commandline"].ConnectionString}");
            }

            var run = await CloutProcess.RunAsync(dbOption ? databases["dboption"].ConnectionString : null, variables, [.. args]);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains(expected, run.Output);
            Assert.All(databases.Keys.Where(name => name != expected), name => Assert.DoesNotContain(name, run.Output));
        }
        finally
        {
            foreach (var database in databases.Values)
            {
                await database.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// appsettings.json beside the executable, here as appsettings.{Environment}.json under an environment name of
    /// this test's own, so that no other test (they share the folder) reads it.
    /// </summary>
    [Fact]
    public async Task AppSettings_BesideTheExecutable_AreRead_AndTheEnvironmentOutranksThem()
    {
        var environmentName = $"SettingsTest{Guid.NewGuid():N}";
        var file = Path.Combine(AppContext.BaseDirectory, $"appsettings.{environmentName}.json");
        var connectionString = System.Text.Json.JsonSerializer.Serialize(_database.ConnectionString);
        await File.WriteAllTextAsync(file, $$"""
            {
              "ConnectionStrings": { "Clout": {{connectionString}} },
              "Clout": { "Reports": { "PdfTimeout": "00:00:00" } }
            }
            """, TestContext.Current.CancellationToken);
        try
        {
            Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "fromsettings")).ExitCode);
            var fromFile = new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = environmentName };

            var bad = await CloutProcess.RunAsync(null, fromFile, "workspace", "list");
            var fixedByEnvironment = await CloutProcess.RunAsync(null,
                new Dictionary<string, string>(fromFile) { ["Clout__Reports__PdfTimeout"] = "00:00:10" }, "workspace", "list");

            Assert.True(bad.ExitCode == 2, bad.ToString());
            Assert.Equal("error: Clout:Reports:PdfTimeout must be between 00:00:01 and 01:00:00 (was 00:00:00)", bad.ErrorText);
            Assert.True(fixedByEnvironment.ExitCode == 0, fixedByEnvironment.ToString());
            Assert.Contains("fromsettings", fixedByEnvironment.Output); // the database named in the file
        }
        finally
        {
            File.Delete(file);
        }
    }
}
