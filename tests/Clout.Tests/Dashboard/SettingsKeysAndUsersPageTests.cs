using System.Net;
using System.Text.RegularExpressions;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Tests.Dashboard.AdminPages;

namespace Clout.Tests.Dashboard;

/// <summary>API keys and users in the dashboard over real HTTP: the rules of `clout keys` and `clout user`, through the same stores.</summary>
public sealed partial class SettingsKeysAndUsersPageTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Keys_Owner_CreatesWithScopeShowsSecretOnceAndRevokes(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server);
        using var owner = await SignedInAsync(app, Role.Owner);

        using var created = await PostAsync(owner, "/settings/keys?handler=Create", new Dictionary<string, string> { ["name"] = "BI tool", ["scope"] = "read" });
        var html = await HtmlAsync(created);
        var secret = NewSecret().Match(html).Groups["key"].Value;
        Assert.StartsWith("clout_", secret, StringComparison.Ordinal);
        Assert.True(created.Headers.CacheControl?.NoStore, "the page with the secret may be stored");
        using var api = app.Server.CreateClient(secret);
        using var read = await api.GetAsync("/api/v1/keys", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode); // a read key may not list keys
        using var report = await api.GetAsync("/api/v1/influencers", Ct);
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);

        var list = await HtmlAsync(await owner.GetAsync("/settings/keys", Ct));
        Assert.DoesNotContain(secret, list);
        Assert.Contains("BI tool", list);
        var key = Assert.Single(await KeysAsync(app, workspace));
        Assert.Equal((KeyScope.Read, "BI tool"), (key.Scope, key.Name));

        using var revoked = await PostAsync(owner, "/settings/keys?handler=Revoke", new Dictionary<string, string> { ["id"] = $"{key.Id}" });
        Assert.Contains($"API key {key.Id} revoked", await HtmlAsync(revoked));
        using var after = await api.GetAsync("/api/v1/influencers", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task Keys_BadScopeOrUnknownKey_SaysWhatAndChangesNothing()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server);
        using var owner = await SignedInAsync(app, Role.Owner);

        using var badScope = await PostAsync(owner, "/settings/keys?handler=Create", new Dictionary<string, string> { ["scope"] = "admin" });
        using var longName = await PostAsync(owner, "/settings/keys?handler=Create", new Dictionary<string, string> { ["scope"] = "read", ["name"] = new string('n', 101) });
        using var unknown = await PostAsync(owner, "/settings/keys?handler=Revoke", new Dictionary<string, string> { ["id"] = "999" });

        Assert.Contains("Scope: 'admin' is not a scope", WebUtility.HtmlDecode(await HtmlAsync(badScope, HttpStatusCode.BadRequest)));
        Assert.Contains("Name: A key's name has at most 100 characters", WebUtility.HtmlDecode(await HtmlAsync(longName, HttpStatusCode.BadRequest)));
        Assert.Contains("has no API key with id 999", await HtmlAsync(unknown, HttpStatusCode.BadRequest));
        Assert.Empty(await KeysAsync(app, workspace));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Users_Owner_AddsChangesRoleRemoves_AndTheLastOwnerStays(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server);
        using var owner = await SignedInAsync(app, Role.Owner);
        using var viewer = await SignedInAsync(app, Role.Viewer);

        using var added = await PostAsync(owner, "/settings/users?handler=Add",
            new Dictionary<string, string> { ["email"] = "new@acme.test", ["role"] = "viewer", ["password"] = "a long password" });
        Assert.Contains("new@acme.test can now sign in as viewer", await HtmlAsync(added));
        using var promoted = await PostAsync(owner, "/settings/users?handler=Role", new Dictionary<string, string> { ["email"] = Email(Role.Viewer), ["role"] = "analyst" });
        Assert.Contains("is now analyst", await HtmlAsync(promoted));
        using var oldSession = await viewer.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode); // the role change ended the viewer's session
        using var removed = await PostAsync(owner, "/settings/users?handler=Remove", new Dictionary<string, string> { ["email"] = Email(Role.Analyst) });
        Assert.Contains("was removed", await HtmlAsync(removed));

        using var demoteLast = await PostAsync(owner, "/settings/users?handler=Role", new Dictionary<string, string> { ["email"] = Email(Role.Owner), ["role"] = "viewer" });
        using var removeLast = await PostAsync(owner, "/settings/users?handler=Remove", new Dictionary<string, string> { ["email"] = Email(Role.Owner) });
        Assert.Contains("is the last owner", await HtmlAsync(demoteLast, HttpStatusCode.BadRequest));
        Assert.Contains("is the last owner", await HtmlAsync(removeLast, HttpStatusCode.BadRequest));

        var users = await UsersAsync(app, workspace);
        Assert.Equal(["new@acme.test viewer", "owner@acme.test owner", "viewer@acme.test analyst"], users.Select(u => $"{u.Email} {u.Role.ToString().ToLowerInvariant()}"));
    }

    [Theory]
    [InlineData("not-an-email", "viewer", "a long password", "is not an e-mail address")]
    [InlineData("x@acme.test", "boss", "a long password", "Role: 'boss' is not a role")]
    [InlineData("x@acme.test", "viewer", "short", "The password must have at least 8 characters")]
    [InlineData("viewer@acme.test", "viewer", "a long password", "already exists")]
    public async Task Users_BadNewUser_SaysWhatAndAddsNobody(string email, string role, string password, string message)
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server);
        using var owner = await SignedInAsync(app, Role.Owner);

        using var refused = await PostAsync(owner, "/settings/users?handler=Add", new Dictionary<string, string> { ["email"] = email, ["role"] = role, ["password"] = password });

        var html = WebUtility.HtmlDecode(await HtmlAsync(refused, HttpStatusCode.BadRequest));
        Assert.Contains("Nothing was changed", html);
        Assert.Contains(message, html);
        Assert.Equal(3, (await UsersAsync(app, workspace)).Count);
    }

    private static Task<List<ApiKeyInfo>> KeysAsync(RunningApp app, WorkspaceInfo workspace) =>
        app.Server.InScopeAsync(workspace, s => s.GetRequiredService<ApiKeyStore>().ListAsync(Ct));

    private static Task<List<UserInfo>> UsersAsync(RunningApp app, WorkspaceInfo workspace) =>
        app.Server.InScopeAsync(workspace, s => s.GetRequiredService<UserStore>().ListAsync(Ct));

    [GeneratedRegex("""id="new-secret" readonly value="(?<key>[^"]+)" """)]
    private static partial Regex NewSecret();
}
