using System.Net;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Workspaces;
using Clout.Testing;

namespace Clout.Tests.Dashboard;

/// <summary>What the settings page tests share: a workspace with a user of each role, signed in, and form posts as a browser sends them.</summary>
internal static class AdminPages
{
    public const string Password = "correct horse battery";

    public static string Email(Role role) => $"{role.ToName()}@acme.test";

    public static async Task<WorkspaceInfo> SeedAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", WebTest.Ct);
        foreach (var role in new[] { Role.Owner, Role.Analyst, Role.Viewer })
        {
            await server.CreateUserAsync(workspace, Email(role), Password, role, WebTest.Ct);
        }
        return workspace;
    }

    public static async Task<HttpClient> SignedInAsync(RunningApp app, Role role)
    {
        var client = app.Server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, Email(role), Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>Posts a form with the antiforgery token of a page the user saw (<paramref name="tokenFrom"/>, else the form's own page).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> fields, string? tokenFrom = null)
    {
        var token = await DashboardLogin.AntiforgeryTokenAsync(client, tokenFrom ?? path.Split('?')[0]);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { [DashboardLogin.TokenField] = token });
        return await client.PostAsync(path, content, WebTest.Ct);
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync(WebTest.Ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {html}");
        return html;
    }
}
