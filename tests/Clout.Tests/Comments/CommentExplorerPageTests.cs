using System.Net;
using Clout.Core.Access;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;

namespace Clout.Tests.Comments;

/// <summary>The comments explorer over real HTTP: filters by flag, highlights cues, escapes what commenters wrote.</summary>
public sealed class CommentExplorerPageTests
{
    private const string Email = "ana@acme.test";
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Explorer_Influencer_FiltersByFlagAndHighlightsEscapedCues(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        using var client = await SeedAndSignInAsync(app);

        using var all = await client.GetAsync("/comments?influencer=1", Ct);
        using var skeptical = await client.GetAsync("/comments?influencer=1&flag=skeptical", Ct);
        using var spam = await client.GetAsync("/comments?influencer=1&flag=spam", Ct);

        var allHtml = await Html(all);
        Assert.Contains("5 matching", allHtml); // every comment, the creator's reply too
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; nice", allHtml); // the commenter's markup is text
        Assert.DoesNotContain("<img src=x", allHtml);
        var skepticalHtml = await Html(skeptical);
        Assert.Contains("1 matching", skepticalHtml);
        Assert.Contains("<td class=\"comment-text\">lol <mark class=\"cue cue-skeptical\" title=\"skeptical: how much did * pay\">how much did they pay</mark> you</td>", skepticalHtml);
        Assert.DoesNotContain("where can I buy", skepticalHtml);
        Assert.Contains("<mark class=\"cue cue-spam\" title=\"spam: follow me\">follow me</mark>", await Html(spam));
    }

    [Fact]
    public async Task Explorer_Campaign_ShowsItsPostsComments_AndBadInputIsRefused()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await SeedAndSignInAsync(app);

        using var campaign = await client.GetAsync("/comments?campaign=1", Ct);
        using var unknownFlag = await client.GetAsync("/comments?influencer=1&flag=angry", Ct);
        using var neither = await client.GetAsync("/comments", Ct);
        using var unknownInfluencer = await client.GetAsync("/comments?influencer=999", Ct);

        var html = await Html(campaign);
        Assert.Contains("where can I buy", html);
        Assert.DoesNotContain("how much did they pay", html); // under the post outside the campaign
        Assert.Equal(HttpStatusCode.BadRequest, unknownFlag.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, neither.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownInfluencer.StatusCode);
    }

    private static async Task<string> Html(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }

    private static async Task<HttpClient> SeedAndSignInAsync(RunningApp app)
    {
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.ImportCsvAsync(workspace, ImportKind.Influencers, "handle,platform,followers\nmila,instagram,40000", Ct);
        await app.Server.ImportCsvAsync(workspace, ImportKind.Posts, """
            post_id,influencer_handle,platform,published_at,campaign,likes,comments,shares,saves
            p1,mila,instagram,2026-01-06T00:00:00Z,spring,100,3,0,0
            p2,mila,instagram,2026-01-08T00:00:00Z,,100,2,0,0
            """, Ct);
        await app.Server.ImportCsvAsync(workspace, ImportKind.Comments, """
            comment_id,post_id,author,text,created_at,likes,is_creator_reply,parent_id
            1,p1,ann,where can I buy this? love it,2026-01-06T01:00:00Z,0,false,
            2,p1,bot,follow me for free followers,2026-01-06T02:00:00Z,0,false,
            3,p1,eve,<img src=x onerror=alert(1)> nice,2026-01-06T03:00:00Z,0,false,
            4,p2,dee,lol how much did they pay you,2026-01-08T01:00:00Z,0,false,
            5,p2,mila,thanks!,2026-01-08T02:00:00Z,0,true,4
            """, Ct);
        await app.Server.CreateUserAsync(workspace, Email, Password, Role.Viewer, Ct);
        var client = app.Server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password, returnUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }
}
