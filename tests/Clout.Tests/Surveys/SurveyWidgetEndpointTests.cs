using System.IO.Compression;
using System.Net;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Surveys;

public sealed class SurveyWidgetEndpointTests
{
    /// <summary>The widget's budget (issue 4): what a shop's page pays to show a survey.</summary>
    private const int MaxGzippedBytes = 15 * 1024;

    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task WidgetScript_Get_LoadableFromOtherOriginsCachedAndWithinBudget()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/widget.js", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("cross-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Resource-Policy")));
        Assert.True(response.Headers.CacheControl is { Public: true, MaxAge: { } maxAge } && maxAge > TimeSpan.Zero, $"Cache-Control: {response.Headers.CacheControl}");
        Assert.NotNull(response.Headers.ETag);
        var script = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Contains("attachShadow", System.Text.Encoding.UTF8.GetString(script), StringComparison.Ordinal);
        Assert.InRange(Gzipped(script), 1, MaxGzippedBytes);
    }

    [Fact]
    public async Task WidgetScript_SameETag_NotModified()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();
        using var first = await client.GetAsync("/widget.js", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/widget.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var again = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task HostedPage_LiveSurvey_RunsTheWidgetWithTheOrderIdEncoded(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (_, publicId) = await LiveSurveyAsync(app.Server, publish: true);
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync($"/s/{publicId}?order_id={Uri.EscapeDataString("A-1\"><script>alert(1)</script>")}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<title>A quick question</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"/widget.js\" data-survey=\"{publicId}\" data-order-id=\"A-1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" data-standalone async></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostedPage_DraftClosedOrUnknown_NotFound()
    {
        await using var app = await WebTest.StartAsync();
        var (_, draft) = await LiveSurveyAsync(app.Server, publish: false);
        var (closedId, closed) = await LiveSurveyAsync(app.Server, publish: true);
        await app.Server.InScopeAsync(await WorkspaceAsync(app.Server), s => s.GetRequiredService<SurveyStore>().CloseAsync(closedId, Ct));
        using var client = app.Server.CreateClient();

        foreach (var path in new[] { $"/s/{draft}", $"/s/{closed}", "/s/nosuchsurvey1", "/s/" + new string('a', 200) })
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.Contains("Survey not found", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    private static async Task<(long Id, string PublicId)> LiveSurveyAsync(CloutServer server, bool publish)
    {
        var workspace = await WorkspaceAsync(server);
        return await server.InScopeAsync(workspace, async services =>
        {
            var store = services.GetRequiredService<SurveyStore>();
            var created = await store.CreateAsync(null, SurveyTemplates.Nps, null, null, Ct);
            if (publish)
            {
                await store.PublishAsync(created.Id, Ct);
            }
            return (created.Id, created.PublicId);
        });
    }

    private static Task<WorkspaceInfo> WorkspaceAsync(CloutServer server) =>
        server.InScopeAsync(null, services => services.GetRequiredService<WorkspaceStore>().FindOrCreateAsync("acme", Ct));

    private static int Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return (int)buffer.Length;
    }
}
