using System.Net;
using Clout.Access;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Cli;
using Clout.Tests.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Access;

/// <summary>
/// A dashboard cookie copied before a sign-out, a password change, a removal or a role change is refused on the next
/// request, on the node that ended the session and on any other node on the same database.
/// </summary>
public sealed class SessionRevocationTests
{
    private const string Email = "ana@acme.test";
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OldCookie_AfterSignOut_IsRefusedOnEveryNode(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        await SeedAsync(app.Server, Role.Analyst);
        await using var second = await CloutServer.StartAsync(app.Database.ConnectionString, Ct);
        var session = await SignedInAsync(app.Server);
        using (var before = await OverviewAsync(second, session.Cookie))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode); // the other node honours the cookie while the session lives
        }

        using (var signOut = await DashboardLogin.SignOutAsync(session.Client))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        await AssertRefusedAsync(app.Server, session.Cookie);
        await AssertRefusedAsync(second, session.Cookie);
        session.Client.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OldCookie_AfterPasswordChange_IsRefusedAndTheNewPasswordSignsIn(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        await SeedAsync(app.Server, Role.Analyst);
        var session = await SignedInAsync(app.Server);

        Assert.True(await app.Server.InScopeAsync(null, s => s.GetRequiredService<UserAccounts>().ResetPasswordAsync(Email, "a brand new password", Ct)));

        await AssertRefusedAsync(app.Server, session.Cookie);
        using var client = app.Server.CreateClient();
        using (var signIn = await DashboardLogin.SignInAsync(client, Email, "a brand new password"))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using var overview = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        session.Client.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OldCookie_AfterUserRemoveByTheCli_IsRefused(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server, Role.Analyst);
        await app.Server.CreateUserAsync(workspace, "olga@acme.test", Password, Role.Owner, Ct);
        var session = await SignedInAsync(app.Server);

        var run = await CloutProcess.RunAsync(app.Database.ConnectionString, "user", "remove", Email);

        Assert.True(run.ExitCode == 0, run.ToString());
        await AssertRefusedAsync(app.Server, session.Cookie);
        using var client = app.Server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode); // the form again: the login is gone
        session.Client.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OldCookie_AfterRoleChangeByTheCli_IsRefusedAndTheNextSignInHasTheNewRole(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        await SeedAsync(app.Server, Role.Analyst);
        var session = await SignedInAsync(app.Server);
        using (var imports = await session.Client.GetAsync("/imports", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, imports.StatusCode); // an analyst may import
        }

        var run = await CloutProcess.RunAsync(app.Database.ConnectionString, "user", "role", Email, "viewer");

        Assert.True(run.ExitCode == 0, run.ToString());
        await AssertRefusedAsync(app.Server, session.Cookie);
        var again = await SignedInAsync(app.Server);
        using var page = await again.Client.GetAsync("/imports", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        session.Client.Dispose();
        again.Client.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SignIn_OverALiveSession_EndsThePreviousSession(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server, Role.Analyst);
        await app.Server.CreateUserAsync(workspace, "bob@acme.test", Password, Role.Viewer, Ct);
        var session = await SignedInAsync(app.Server);

        using (var signIn = await DashboardLogin.SignInAsync(session.Client, "bob@acme.test", Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        await AssertRefusedAsync(app.Server, session.Cookie);
        using var overview = await session.Client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode); // the new session works
        Assert.Contains("bob@acme.test", await overview.Content.ReadAsStringAsync(Ct));
        session.Client.Dispose();
    }

    /// <summary>Workspace "acme" with one dashboard user of <paramref name="role"/>.</summary>
    private static async Task<Storage.Workspaces.WorkspaceInfo> SeedAsync(CloutServer server, Role role)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await server.CreateUserAsync(workspace, Email, Password, role, Ct);
        return workspace;
    }

    /// <summary>A client signed in as <see cref="Email"/>, and a copy of its sign-in cookie as an attacker would keep it.</summary>
    private static async Task<(HttpClient Client, Cookie Cookie)> SignedInAsync(CloutServer server)
    {
        var jar = new CookieContainer();
        var client = Client(server, jar);
        using (var signIn = await DashboardLogin.SignInAsync(client, Email, Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var cookie = jar.GetCookies(server.Address)[AccessServices.CookieName];
        Assert.NotNull(cookie);
        return (client, new Cookie(cookie.Name, cookie.Value));
    }

    private static async Task<HttpResponseMessage> OverviewAsync(CloutServer server, Cookie cookie)
    {
        var jar = new CookieContainer();
        jar.Add(server.Address, new Cookie(cookie.Name, cookie.Value));
        using var client = Client(server, jar);
        return await client.GetAsync("/", Ct);
    }

    private static async Task AssertRefusedAsync(CloutServer server, Cookie cookie)
    {
        using var response = await OverviewAsync(server, cookie);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"the old cookie still opens the dashboard: {(int)response.StatusCode}");
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static HttpClient Client(CloutServer server, CookieContainer jar) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = jar }) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
}
