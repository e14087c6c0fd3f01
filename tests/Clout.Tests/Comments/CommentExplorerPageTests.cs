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
        using var both = await client.GetAsync("/comments?influencer=1&campaign=1", Ct);
        using var unknownSentiment = await client.GetAsync("/comments?sentiment=furious", Ct);
        using var badPage = await client.GetAsync("/comments?page=0", Ct);
        using var unknownInfluencer = await client.GetAsync("/comments?influencer=999", Ct);

        var html = await Html(campaign);
        Assert.Contains("where can I buy", html);
        Assert.DoesNotContain("how much did they pay", html); // under the post outside the campaign
        Assert.Equal(HttpStatusCode.BadRequest, unknownFlag.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownSentiment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownInfluencer.StatusCode);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Explorer_Workspace_IsInTheMenuAndSearchesFiltersAndPages(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        using var client = await SeedAndSignInAsync(app, extraComments: 120);

        var overview = await Html(await client.GetAsync("/", Ct));
        var all = await Html(await client.GetAsync("/comments", Ct));
        var last = await Html(await client.GetAsync("/comments?page=3", Ct));
        var beyond = await Html(await client.GetAsync("/comments?page=99", Ct));
        var search = await Html(await client.GetAsync("/comments?q=WHERE+CAN", Ct));
        var negative = await Html(await client.GetAsync("/comments?sentiment=negative", Ct));
        var positiveSkeptical = await Html(await client.GetAsync("/comments?flag=skeptical&sentiment=positive", Ct));
        var neutralSkeptical = await Html(await client.GetAsync("/comments?flag=skeptical&sentiment=neutral", Ct));
        var searchedPage = await Html(await client.GetAsync("/comments?q=plain&page=2", Ct));

        Assert.Contains("<a href=\"/comments\">Comments</a>", overview);
        Assert.Contains("125 matching · page 1 of 3", all); // the workspace's comments, both posts, the creator's reply too
        Assert.Equal(50, Rows(all));
        Assert.Contains("href=\"/comments?page=2\" rel=\"next\"", all);
        Assert.Equal(25, Rows(last));
        Assert.Contains("page 3 of 3", last);
        Assert.Contains("href=\"/comments?page=2\" rel=\"prev\"", last);
        Assert.Contains("page 3 of 3", beyond); // a page past the end shows the last one
        Assert.Equal(1, Rows(search));
        Assert.Contains("where can I buy", search);
        Assert.Contains("value=\"WHERE CAN\"", search); // the filters stay in the form
        Assert.Contains("plain comment number", searchedPage);
        Assert.Contains("href=\"/comments?q=plain&amp;page=3\" rel=\"next\"", searchedPage); // paging keeps the search
        Assert.Contains("terrible", negative);
        Assert.Equal(Rows(negative), negative.Split("class=\"flag flag-negative\"").Length - 1); // every row shown is negative
        Assert.Contains("how much did they pay", positiveSkeptical); // "lol" makes it positive
        Assert.Equal((1, 1), (Rows(positiveSkeptical), positiveSkeptical.Split("class=\"flag flag-skeptical\"").Length - 1));
        Assert.Equal(0, Rows(neutralSkeptical));
        Assert.Contains("No comment matches.", neutralSkeptical);
    }

    private static async Task<string> Html(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        return html;
    }

    private static int Rows(string html) => html.Split("<td class=\"comment-text\">").Length - 1;

    private static async Task<HttpClient> SeedAndSignInAsync(RunningApp app, int extraComments = 0)
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
        if (extraComments > 0)
        {
            // Older than the five above, so the first page starts with those; one negative among them.
            var rows = Enumerable.Range(1, extraComments).Select(i => i == 1
                ? $"x{i},p2,fan{i},this is terrible and awful,2026-01-07T00:00:00Z,0,false,"
                : $"x{i},p2,fan{i},plain comment number {i},2026-01-0{1 + i % 5}T{i % 24:00}:00:00Z,0,false,");
            await app.Server.ImportCsvAsync(workspace, ImportKind.Comments,
                "comment_id,post_id,author,text,created_at,likes,is_creator_reply,parent_id\n" + string.Join("\n", rows), Ct);
        }
        await app.Server.CreateUserAsync(workspace, Email, Password, Role.Viewer, Ct);
        var client = app.Server.CreateClient();
        using var signIn = await DashboardLogin.SignInAsync(client, Email, Password, returnUrl: "/");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }
}
