using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clout.Core.Access;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Imports;

public sealed class ImportPreviewEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    /// <summary>As Meta Business Suite writes an export: UTF-16 with a byte-order mark, a sep= line, tabs inside a quoted caption.</summary>
    private const string ForeignPosts =
        "sep=;\r\n" +
        "Post ID;Account;Publish time;Likes;Comments;Description\r\n" +
        "1790;mila;2026-03-01T10:00:00Z;400;12;\"Pasta; my way\"\r\n" +
        "1791;noor;2026-03-02T11:30:00Z;1000;40;\"Tea\ttime\"\r\n";

    private static ByteArrayContent Utf16Csv(string text)
    {
        var content = new ByteArrayContent([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Preview_Utf16WithSepLine_ReadsTheColumnsAndRowsAsTheImportDoes_AndNamesTheSavedMappingThatFits(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<SavedMappingStore>().SaveAsync(ImportKind.Posts, "Meta posts",
            ColumnMap.Parse("Post ID=post_id,Account=influencer_handle,Publish time=published_at,Likes=likes,Comments=comments,Description=-", out _)!, Ct));
        // Previewing stores nothing: a read key may do it.
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, KeyScope.Read, Ct));

        using var response = await client.PostAsync("/api/v1/imports/posts/preview", Utf16Csv(ForeignPosts), Ct);

        var preview = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("posts", preview.GetProperty("kind").GetString());
        Assert.Equal(["Post ID", "Account", "Publish time", "Likes", "Comments", "Description"], Strings(preview.GetProperty("header")));
        Assert.Equal(2, preview.GetProperty("header_line").GetInt64());
        var rows = preview.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([3L, 4L], rows.Select(r => r.GetProperty("line").GetInt64()));
        Assert.Equal(["1790", "mila", "2026-03-01T10:00:00Z", "400", "12", "Pasta; my way"], Strings(rows[0].GetProperty("fields")));
        Assert.Equal("Tea\ttime", rows[1].GetProperty("fields")[5].GetString());
        Assert.Equal(["post_id", "influencer_handle", "published_at", "likes", "comments", "-"], Strings(preview.GetProperty("suggested")));
        Assert.False(preview.GetProperty("own_columns").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, preview.GetProperty("preset").ValueKind);
        var postId = preview.GetProperty("columns").EnumerateArray().First();
        Assert.Equal(("post_id", true), (postId.GetProperty("name").GetString(), postId.GetProperty("required").GetBoolean()));
        var mapping = Assert.Single(preview.GetProperty("mappings").EnumerateArray());
        Assert.Equal(("Meta posts", true), (mapping.GetProperty("name").GetString(), mapping.GetProperty("fits").GetBoolean()));
        Assert.Equal("published_at", mapping.GetProperty("targets").GetProperty("Publish time").GetString());
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Posts.CountAsync(Ct)));
    }

    [Fact]
    public async Task Preview_BodyOverOneMiB_Is413NamingTheLimit()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        var big = "handle,platform\n" + string.Concat(Enumerable.Repeat("someone,instagram\n", 70_000));

        using var response = await client.PostAsync("/api/v1/imports/influencers/preview", new StringContent(big, Encoding.UTF8, "text/csv"), Ct);

        Assert.Contains("1024 KiB", (await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_UnknownKindJsonOrEmptyFile_IsRefusedSayingWhy()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var kind = await client.PostAsync("/api/v1/imports/tweets/preview", new StringContent("a\n1", Encoding.UTF8, "text/csv"), Ct);
        using var json = await client.PostAsync("/api/v1/imports/posts/preview", new StringContent("[]", Encoding.UTF8, "application/json"), Ct);
        using var empty = await client.PostAsync("/api/v1/imports/posts/preview", new StringContent("", Encoding.UTF8, "text/csv"), Ct);

        Assert.Contains("'tweets' is not an import kind", (await kind.ProblemAsync(HttpStatusCode.NotFound)).Detail(), StringComparison.Ordinal);
        await json.ProblemAsync(HttpStatusCode.UnsupportedMediaType); // the preview reads CSV only
        var problem = await empty.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(1, problem.GetProperty("errors")[0].GetProperty("line").GetInt64());
        Assert.Contains("empty", problem.Detail(), StringComparison.Ordinal);
    }

    private static List<string?> Strings(System.Text.Json.JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];
}
