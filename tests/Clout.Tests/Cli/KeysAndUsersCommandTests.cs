using System.Net;
using System.Text;
using System.Text.Json;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;

namespace Clout.Tests.Cli;

/// <summary>`keys create --scope`, `keys list|revoke` and `user list|remove|role|password`, checked against the real server.</summary>
public sealed class KeysAndUsersCommandTests
{
    private const string Password = "s3cret-enough";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task KeysRevoke_ListedReadKey_ReadsThenIsRefusedAtOnce(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.ConnectionString;
        Assert.Equal(0, (await CloutProcess.RunAsync(db, "workspace", "create", "acme")).ExitCode);
        var created = await CloutProcess.RunAsync(db, "keys", "create", "--scope", "read", "--name", "bi");
        Assert.True(created.ExitCode == 0, created.ToString());
        var key = created.Output.Trim();
        Assert.Equal(0, (await CloutProcess.RunAsync(db, "keys", "create", "--name", "shop")).ExitCode);

        var listed = await CloutProcess.RunAsync(db, "keys", "list", "--format", "json");

        Assert.True(listed.ExitCode == 0, listed.ToString());
        Assert.DoesNotContain(key, listed.Output, StringComparison.Ordinal);
        // The secret is what follows "clout_<prefix>_"; it may itself hold '_' (base64url), so it is not the last part.
        Assert.DoesNotContain(key.Split('_', 3)[2], listed.Output, StringComparison.Ordinal);
        using var keys = JsonDocument.Parse(listed.Output);
        var rows = keys.RootElement.EnumerateArray().ToList();
        Assert.Equal([("bi", "read"), ("shop", "write")], rows.Select(k => (k.GetProperty("name").GetString(), k.GetProperty("scope").GetString())));
        var bi = rows[0];
        Assert.StartsWith(bi.GetProperty("prefix").GetString() + "_", key, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, bi.GetProperty("revoked_at").ValueKind);
        var id = bi.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var server = await CloutServer.StartAsync(db, Ct);
        using var client = server.CreateClient(key);
        using (var report = await client.GetAsync("/api/v1/reports/tiers", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        }
        using (var body = new StringContent("""{"order_id":"1001","total":"25.00","currency":"EUR"}""", Encoding.UTF8, "application/json"))
        using (var order = await client.PostAsync("/api/v1/orders", body, Ct))
        {
            await order.ProblemAsync(HttpStatusCode.Forbidden);
        }

        var revoked = await CloutProcess.RunAsync(db, "keys", "revoke", id);
        var again = await CloutProcess.RunAsync(db, "keys", "revoke", id);
        var unknown = await CloutProcess.RunAsync(db, "keys", "revoke", "999999");

        Assert.True(revoked.ExitCode == 0, revoked.ToString());
        Assert.Contains("revoked", revoked.ErrorText);
        using (var after = await client.GetAsync("/api/v1/reports/tiers", Ct))
        {
            await after.ProblemAsync(HttpStatusCode.Unauthorized);
        }
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("revoked already", again.ErrorText);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no API key with id 999999", unknown.ErrorText);
        var table = await CloutProcess.RunAsync(db, "keys", "list");
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Contains("bi", table.Output);
        Assert.DoesNotContain(key, table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysCreate_UnknownScope_IsAUsageErrorAndCreatesNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Assert.Equal(0, (await CloutProcess.RunAsync(database.ConnectionString, "workspace", "create", "acme")).ExitCode);

        var run = await CloutProcess.RunAsync(database.ConnectionString, "keys", "create", "--scope", "admin");

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("clout_", run.Output, StringComparison.Ordinal); // no key printed
        Assert.Contains("admin", run.ErrorText);
        Assert.Equal("[]", (await CloutProcess.RunAsync(database.ConnectionString, "keys", "list", "--format", "json")).Output.Trim());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task UserRemoveAndRole_LastOwner_IsKeptWithAClearError(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var db = database.ConnectionString;
        Assert.Equal(0, (await CloutProcess.RunAsync(db, "workspace", "create", "acme")).ExitCode);
        await CreateUserAsync(db, "olga@acme.test", "owner");
        await CreateUserAsync(db, "ana@acme.test", "analyst");

        var removeOwner = await CloutProcess.RunAsync(db, "user", "remove", "olga@acme.test");
        var demoteOwner = await CloutProcess.RunAsync(db, "user", "role", "olga@acme.test", "viewer");
        var removeNobody = await CloutProcess.RunAsync(db, "user", "remove", "nobody@acme.test");

        Assert.Equal(1, removeOwner.ExitCode);
        Assert.Contains("olga@acme.test is the last owner of workspace 'acme'", removeOwner.ErrorText);
        Assert.Equal(1, demoteOwner.ExitCode);
        Assert.Contains("last owner", demoteOwner.ErrorText);
        Assert.Equal(1, removeNobody.ExitCode);
        Assert.Contains("has no user 'nobody@acme.test'", removeNobody.ErrorText);
        Assert.Equal([("ana@acme.test", "analyst"), ("olga@acme.test", "owner")], await UsersAsync(db));

        // With a second owner, the first may step down and then leave.
        Assert.Equal(0, (await CloutProcess.RunAsync(db, "user", "role", "ana@acme.test", "owner")).ExitCode);
        var demoted = await CloutProcess.RunAsync(db, "user", "role", "olga@acme.test", "viewer");
        Assert.True(demoted.ExitCode == 0, demoted.ToString());
        Assert.Equal([("ana@acme.test", "owner"), ("olga@acme.test", "viewer")], await UsersAsync(db));
        var removed = await CloutProcess.RunAsync(db, "user", "remove", "olga@acme.test");
        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.Equal([("ana@acme.test", "owner")], await UsersAsync(db));
    }

    [Fact]
    public async Task UserPassword_NewPassword_SignsInAndTheOldOneNoLonger()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var db = database.ConnectionString;
        Assert.Equal(0, (await CloutProcess.RunAsync(db, "workspace", "create", "acme")).ExitCode);
        await CreateUserAsync(db, "ana@acme.test", "analyst");

        var run = await CloutProcess.RunAsync(db, new Dictionary<string, string> { ["CLOUT_PASSWORD"] = "another-s3cret" }, "user", "password", "ana@acme.test");
        var tooShort = await CloutProcess.RunAsync(db, new Dictionary<string, string> { ["CLOUT_PASSWORD"] = "short" }, "user", "password", "ana@acme.test");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(1, tooShort.ExitCode);
        Assert.Contains("at least 8 characters", tooShort.ErrorText);
        await using var server = await CloutServer.StartAsync(db, Ct);
        using var oldPassword = server.CreateClient();
        using var newPassword = server.CreateClient();
        using var refused = await DashboardLogin.SignInAsync(oldPassword, "ana@acme.test", Password);
        using var accepted = await DashboardLogin.SignInAsync(newPassword, "ana@acme.test", "another-s3cret");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode); // the form again
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    private static async Task CreateUserAsync(string db, string email, string role)
    {
        var run = await CloutProcess.RunAsync(db, new Dictionary<string, string> { ["CLOUT_PASSWORD"] = Password }, "user", "create", email, "--role", role);
        Assert.True(run.ExitCode == 0, run.ToString());
    }

    private static async Task<List<(string?, string?)>> UsersAsync(string db)
    {
        var run = await CloutProcess.RunAsync(db, "user", "list", "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var users = JsonDocument.Parse(run.Output);
        return [.. users.RootElement.EnumerateArray().Select(u => (u.GetProperty("email").GetString(), u.GetProperty("role").GetString()))];
    }
}
