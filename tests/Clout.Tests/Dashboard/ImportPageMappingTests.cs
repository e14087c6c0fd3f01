using System.Net;
using System.Text;
using Clout.Core.Access;
using Clout.Core.Names;
using Clout.Core.Roster;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Dashboard;

/// <summary>The import page's preview, column mapping and saved mappings, through the real pipeline (the browser test drives the script).</summary>
public sealed class ImportPageMappingTests
{
    private const string Password = "correct horse battery";

    /// <summary>A roster as another tool exports it: its own names, semicolons, UTF-16 with a byte-order mark, one column Clout does not read.</summary>
    private const string Roster =
        "Username;Network;Name;Follower count;Notes\r\n" +
        "mila;instagram;Mila Rossi;20000;met at a fair\r\n" +
        "noor;tiktok;Noor;40000;\r\n";

    private static readonly string[] From = ["Username", "Network", "Name", "Follower count", "Notes"];

    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upload_WithAColumnMapping_StoresTheForeignRowsExactly(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server, Role.Analyst);
        using var client = await SignedInAsync(app, Role.Analyst);

        using var response = await PostAsync(client, "", "influencers", Utf16(Roster), "roster.csv",
            From, ["handle", "platform", "display_name", "followers", "-"]);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Imported 2 influencers from <strong>roster.csv</strong>: 2 new, 0 updated.", html);
        Assert.Contains("Username=handle,Network=platform,Name=display_name,Follower count=followers,Notes=-", html);
        var stored = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Influencers
            .OrderBy(i => i.Handle).Select(i => new { i.Handle, i.Platform, i.DisplayName, i.Followers, i.Niche }).ToListAsync(Ct));
        Assert.Equal(
            [new { Handle = "mila", Platform = Platform.Instagram, DisplayName = (string?)"Mila Rossi", Followers = 20_000L, Niche = (string?)null },
             new { Handle = "noor", Platform = Platform.TikTok, DisplayName = (string?)"Noor", Followers = 40_000L, Niche = (string?)null }],
            stored);
    }

    [Fact]
    public async Task Upload_MappingThatChoosesAColumnTwice_IsRefusedNamingItAndStoresNothing()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server, Role.Analyst);
        using var client = await SignedInAsync(app, Role.Analyst);

        using var response = await PostAsync(client, "", "influencers", Utf16(Roster), "roster.csv",
            From, ["handle", "platform", "display_name", "followers", "display_name"]);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("two columns are mapped to &#x27;display_name&#x27;", html);
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Influencers.CountAsync(Ct)));
    }

    [Fact]
    public async Task Upload_MappingThatLeavesOutARequiredColumn_ListsItByLineAndStoresNothing()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server, Role.Analyst);
        using var client = await SignedInAsync(app, Role.Analyst);

        using var response = await PostAsync(client, "", "influencers", Utf16(Roster), "roster.csv",
            From, ["handle", "-", "display_name", "followers", "-"]);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<tr><td class=\"num\">1</td><td>platform</td><td>required column is missing</td></tr>", html);
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Influencers.CountAsync(Ct)));
    }

    [Fact]
    public async Task PreviewHandler_SignedIn_AnswersAsTheApi_AndAFileOverOneMiBIs413()
    {
        await using var app = await WebTest.StartAsync();
        await SeedAsync(app.Server, Role.Analyst);
        using var client = await SignedInAsync(app, Role.Analyst);

        using var preview = await PostAsync(client, "Preview", "influencers", Utf16(Roster), "roster.csv");
        using var big = await PostAsync(client, "Preview", "influencers", new byte[(1024 * 1024) + 1], "big.csv");

        var json = await preview.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["handle", "platform", "display_name", "-", "-"], json.GetProperty("suggested").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Mila Rossi", json.GetProperty("rows")[0].GetProperty("fields")[2].GetString());
        Assert.Contains("1024 KiB", (await big.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task SaveMapping_OwnerSavesAndDeletes_AnalystIsRefusedAndSavesNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server, Role.Owner);
        await app.Server.CreateUserAsync(workspace, "analyst@acme.test", Password, Role.Analyst, Ct);
        using var owner = await SignedInAsync(app, Role.Owner);
        using var analyst = await SignedInAsync(app, Role.Analyst);
        string[] to = ["handle", "platform", "display_name", "followers", "-"];

        using var refused = await PostAsync(analyst, "SaveMapping", "influencers", null, null, From, to, name: "Other tool");
        using var badName = await PostAsync(owner, "SaveMapping", "influencers", null, null, From, to, name: " ");
        using var saved = await PostAsync(owner, "SaveMapping", "influencers", null, null, From, to, name: "Other tool");
        var page = await (await owner.GetAsync("/imports", Ct)).Content.ReadAsStringAsync(Ct);

        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.True((await badName.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("name", out _));
        var json = await saved.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Other tool", "Username=handle,Network=platform,Name=display_name,Follower count=followers,Notes=-"),
            (json.GetProperty("name").GetString(), json.GetProperty("map").GetString()));
        Assert.Contains("<td>Other tool</td>", page);
        var stored = Assert.Single(await ListAsync(app, workspace));
        Assert.Equal("followers", stored.Map!.Target("FOLLOWER COUNT"));

        using var deleted = await PostAsync(owner, "DeleteMapping", "influencers", null, null, name: "other TOOL");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(await ListAsync(app, workspace));
    }

    private static Task<IReadOnlyList<SavedColumnMap>> ListAsync(RunningApp app, WorkspaceInfo workspace) =>
        app.Server.InScopeAsync(workspace, s => s.GetRequiredService<SavedMappingStore>().ListAsync(null, Ct));

    private static byte[] Utf16(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

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

    /// <summary>Posts to a handler of the import page as the page (or its script) does: multipart, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, string kind, byte[]? file, string? fileName,
        string[]? from = null, string[]? to = null, string? name = null)
    {
        var token = await DashboardLogin.AntiforgeryTokenAsync(client, "/");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(kind), "kind" },
            { new StringContent(token), DashboardLogin.TokenField },
        };
        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "file", fileName!);
        }
        foreach (var (f, t) in (from ?? []).Zip(to ?? []))
        {
            form.Add(new StringContent(f), "from");
            form.Add(new StringContent(t), "to");
        }
        if (name is not null)
        {
            form.Add(new StringContent(name), "name");
        }
        return await client.PostAsync(handler.Length == 0 ? "/imports" : $"/imports?handler={handler}", form, Ct);
    }
}
