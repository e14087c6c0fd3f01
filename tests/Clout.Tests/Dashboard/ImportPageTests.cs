using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Dashboard;

public sealed partial class ImportPageTests
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task Upload_GoodFile_ImportsAndSaysHowMany()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server, Role.Analyst);
        using var client = await SignedInAsync(app, Role.Analyst);

        using var response = await UploadAsync(client, "influencers", "roster.csv", SmallRoster.InfluencersCsv);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Imported 7 influencers from <strong>roster.csv</strong>: 7 new, 0 updated.", html);
        Assert.Equal(7, await CountInfluencersAsync(app, workspace));
    }

    [Fact]
    public async Task Upload_FileWithOneBadRow_ListsLineAndFieldAndStoresNothing()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server, Role.Analyst);
        using var client = await SignedInAsync(app, Role.Analyst);
        var bad = SmallRoster.InfluencersCsv.Replace("noor,instagram,Noor,food,40000", "noor,instagram,Noor,food,lots", StringComparison.Ordinal);

        using var response = await UploadAsync(client, "influencers", "roster.csv", bad);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("nothing was stored", html);
        var row = ErrorRow().Match(html);
        Assert.True(row.Success, "no error row in the page");
        Assert.Equal("3", row.Groups["line"].Value); // header is line 1, mila line 2, noor line 3
        Assert.Equal("followers", row.Groups["field"].Value);
        Assert.Equal(0, await CountInfluencersAsync(app, workspace));
    }

    [Fact]
    public async Task ImportPage_Viewer_IsShownNotAllowedAndCannotPost()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server, Role.Viewer);
        using var client = await SignedInAsync(app, Role.Viewer);

        using var page = await client.GetAsync("/imports", Ct);
        using var overview = await client.GetAsync("/", Ct);
        using var post = await UploadAsync(client, "influencers", "roster.csv", SmallRoster.InfluencersCsv, tokenFrom: "/");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/imports\"", await overview.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal(0, await CountInfluencersAsync(app, workspace));
    }

    private static async Task<WorkspaceInfo> SeedAsync(CloutServer server, Role role)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await server.CreateUserAsync(workspace, $"{role.ToName()}@acme.test", Password, role, Ct);
        return workspace;
    }

    private static async Task<HttpClient> SignedInAsync(RunningApp app, Role role)
    {
        var client = app.Server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, $"{role.ToName()}@acme.test", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>Posts the form as a browser does: multipart, with the antiforgery token of a page the user saw.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string kind, string fileName, string text, string tokenFrom = "/imports")
    {
        var token = await DashboardLogin.AntiforgeryTokenAsync(client, tokenFrom);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new StringContent(token), DashboardLogin.TokenField },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "file", fileName },
        };
        return await client.PostAsync("/imports", form, Ct);
    }

    private static Task<int> CountInfluencersAsync(RunningApp app, WorkspaceInfo workspace) =>
        app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Influencers.CountAsync(Ct));

    [GeneratedRegex("""<tr><td class="num">(?<line>\d+)</td><td>(?<field>[a-z_]*)</td>""")]
    private static partial Regex ErrorRow();
}
