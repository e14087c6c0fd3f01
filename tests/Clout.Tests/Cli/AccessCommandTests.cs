using System.Net;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;

namespace Clout.Tests.Cli;

/// <summary>`workspace create`, `keys create` and `user create`, checked by using what they made against the real server.</summary>
public sealed class AccessCommandTests : IAsyncLifetime
{
    private const string Password = "s3cret-enough";

    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task WorkspaceCreate_NewName_PrintsItAndRefusesItTwice()
    {
        var first = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "Acme");
        var second = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "acme");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("acme", first.Output.Trim());
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("already exists", second.ErrorText);
    }

    [Fact]
    public async Task WorkspaceCreate_InvalidName_FailsExplaining()
    {
        var run = await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "no spaces");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not a valid workspace name", run.ErrorText);
    }

    [Fact]
    public async Task KeysCreate_PrintedKey_AuthenticatesForItsWorkspaceOnly()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "acme")).ExitCode);
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "other")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "keys", "create", "--workspace", "acme", "--name", "ci");

        Assert.True(run.ExitCode == 0, run.ToString());
        var key = run.Output.Trim();
        Assert.Matches("^clout_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", key);
        await using var server = await CloutServer.StartAsync(_database.ConnectionString, Ct);
        using var client = server.CreateClient(key);
        using var response = await client.GetAsync("/api/v1/reports/tiers", Ct);
        Assert.Equal("acme", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("workspace").GetString());
    }

    [Fact]
    public async Task KeysCreate_SeveralWorkspacesNoneChosen_FailsListingThem()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "acme")).ExitCode);
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "other")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "keys", "create");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output.Trim()); // no key printed
        Assert.Contains("acme, other", run.ErrorText);
    }

    [Fact]
    public async Task UserCreate_PasswordFromEnvironment_SignsInToTheDashboard()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "acme")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { ["CLOUT_PASSWORD"] = Password },
            "user", "create", "ana@acme.test", "--role", "viewer");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("User ana@acme.test (viewer) created in workspace 'acme'", run.ErrorText);
        await using var server = await CloutServer.StartAsync(_database.ConnectionString, Ct);
        using var client = server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, "ana@acme.test", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var overview = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("<strong>acme</strong>", await overview.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task UserCreate_NoPasswordAndNoTerminal_FailsWithoutPrompting()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "acme")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, "user", "create", "ana@acme.test");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("CLOUT_PASSWORD", run.ErrorText);
    }

    [Fact]
    public async Task UserCreate_ShortPassword_IsRefused()
    {
        Assert.Equal(0, (await CloutProcess.RunAsync(_database.ConnectionString, "workspace", "create", "acme")).ExitCode);

        var run = await CloutProcess.RunAsync(_database.ConnectionString, new Dictionary<string, string> { ["CLOUT_PASSWORD"] = "short" },
            "user", "create", "ana@acme.test");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least 8 characters", run.ErrorText);
    }
}
