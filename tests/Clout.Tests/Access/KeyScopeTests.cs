using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Access;

/// <summary>Read, write and owner keys on every mapped API route, and revocation through the API.</summary>
public sealed partial class KeyScopeTests
{
    /// <summary>POST routes that compute an answer and store nothing: a read key may call them.</summary>
    private static readonly HashSet<string> Computations = ["POST /api/v1/plans/", "POST /api/v1/comments/score", "POST /api/v1/imports/{kind}/preview"];

    /// <summary>The first segments under /api/v1 that administer the workspace: only an owner key reaches them.</summary>
    private static readonly HashSet<string> OwnerSegments = ["keys", "users", "settings", "secrets"];

    private static CancellationToken Ct => WebTest.Ct;

    /// <summary>
    /// Walks every route the app maps under /api/v1, so that a route added later is checked without a word here: a read
    /// key is refused (403) wherever the route can change data, a write key wherever it administers the workspace, and
    /// each key gets past authorization wherever its scope reaches.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryApiRoute_EachScope_RefusedExactlyWhereItDoesNotReach(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var read = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, KeyScope.Read, Ct));
        using var write = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, KeyScope.Write, Ct));
        using var owner = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, KeyScope.Owner, Ct));
        var routes = ApiRoutes(app.Server.Services);
        Assert.True(routes.Count >= 25, $"only {routes.Count} API routes found: {string.Join(", ", routes)}");
        Assert.Contains(routes, r => Needs(r) == KeyScope.Owner);

        var wrong = new List<string>();
        foreach (var route in routes)
        {
            var needs = Needs(route);
            foreach (var (scope, client) in new[] { (KeyScope.Read, read), (KeyScope.Write, write), (KeyScope.Owner, owner) })
            {
                var status = await SendAsync(client, route);
                var refused = status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                if (refused != (scope < needs))
                {
                    wrong.Add($"{route} with a {scope} key: {(int)status}");
                }
            }
        }

        Assert.True(wrong.Count == 0, "routes whose refusal does not follow the key's scope:\n" + string.Join("\n", wrong));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PostOrder_ReadKey_Is403NamingTheScopeAndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var read = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, KeyScope.Read, Ct));
        using var body = new StringContent("""{"order_id":"1001","total":"25.00","currency":"EUR"}""", Encoding.UTF8, "application/json");

        using var response = await read.PostAsync("/api/v1/orders", body, Ct);
        using var list = await read.GetAsync("/api/v1/reports/tiers", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("'read'", problem.Detail());
        Assert.Contains("--scope write", problem.Detail());
        Assert.Equal(HttpStatusCode.OK, list.StatusCode); // the same key reads
        Assert.Equal(0, await app.Server.InScopeAsync(workspace, s => Task.FromResult(s.GetRequiredService<CloutDbContext>().Orders.Count())));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task RevokeKey_ByAnOwnerKey_TheRevokedKeyIsRefusedAtOnce(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        var shopKey = await app.Server.CreateApiKeyAsync(workspace, KeyScope.Write, Ct);
        using var owner = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, KeyScope.Owner, Ct));
        using var shop = app.Server.CreateClient(shopKey);
        using (var before = await shop.GetAsync("/api/v1/influencers", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }
        var keys = await (await owner.GetAsync("/api/v1/keys", Ct)).JsonAsync(HttpStatusCode.OK);
        var id = keys.EnumerateArray().Single(k => shopKey.StartsWith(k.GetProperty("prefix").GetString() + "_", StringComparison.Ordinal)).GetProperty("id").GetInt64();
        Assert.DoesNotContain(shopKey, keys.GetRawText(), StringComparison.Ordinal);

        using var revoke = await owner.DeleteAsync($"/api/v1/keys/{id}", Ct);
        using var after = await shop.GetAsync("/api/v1/influencers", Ct);
        using var unknown = await owner.DeleteAsync("/api/v1/keys/999999", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await after.ProblemAsync(HttpStatusCode.Unauthorized);
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
        var listed = await (await owner.GetAsync("/api/v1/keys", Ct)).JsonAsync(HttpStatusCode.OK);
        var revoked = listed.EnumerateArray().Single(k => k.GetProperty("id").GetInt64() == id);
        Assert.Equal("write", revoked.GetProperty("scope").GetString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, revoked.GetProperty("revoked_at").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, revoked.GetProperty("last_used_at").ValueKind);
    }

    [Fact]
    public async Task ListKeys_KeyOfAnotherWorkspace_IsNeitherListedNorRevocable()
    {
        await using var app = await WebTest.StartAsync();
        var acme = await app.Server.CreateWorkspaceAsync("acme", Ct);
        var other = await app.Server.CreateWorkspaceAsync("other", Ct);
        var otherKey = await app.Server.CreateApiKeyAsync(other, KeyScope.Owner, Ct);
        using var owner = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(acme, KeyScope.Owner, Ct));
        using var otherClient = app.Server.CreateClient(otherKey);
        var otherId = (await (await otherClient.GetAsync("/api/v1/keys", Ct)).JsonAsync(HttpStatusCode.OK))[0].GetProperty("id").GetInt64();

        var listed = await (await owner.GetAsync("/api/v1/keys", Ct)).JsonAsync(HttpStatusCode.OK);
        using var revoke = await owner.DeleteAsync($"/api/v1/keys/{otherId}", Ct);

        Assert.Equal(1, listed.GetArrayLength());
        await revoke.ProblemAsync(HttpStatusCode.NotFound);
        using var still = await otherClient.GetAsync("/api/v1/keys", Ct);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    /// <summary>"GET /api/v1/influencers/{id:long}" for every method of every endpoint under /api/v1, public ones aside.</summary>
    private static List<string> ApiRoutes(IServiceProvider services) =>
    [
        .. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/v1/", StringComparison.Ordinal) && !raw.StartsWith("/api/v1/public/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
                .Select(method => $"{method} {e.RoutePattern.RawText}"))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    private static KeyScope Needs(string route)
    {
        var (method, path) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var segment = path["/api/v1/".Length..].Split('/')[0];
        if (OwnerSegments.Contains(segment))
        {
            return KeyScope.Owner;
        }
        return HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || Computations.Contains(route) ? KeyScope.Read : KeyScope.Write;
    }

    /// <summary>An id nothing has, so that no walked route changes a row the walk relies on (DELETE /keys/{id} with the owner key).</summary>
    private const string NoSuchId = "999999";

    /// <summary>The route with each parameter filled in (numbers for numeric constraints), an empty JSON object as its body.</summary>
    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string route)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        var path = Parameter().Replace(route[(space + 1)..], m => m.Groups["constraint"].Value is "long" or "int" ? NoSuchId : m.Groups["name"].Value == "kind" ? "influencers" : "x");
        using var request = new HttpRequestMessage(new HttpMethod(route[..space]), path);
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [GeneratedRegex(@"\{(?<name>\w+)(:(?<constraint>\w+))?\}")]
    private static partial Regex Parameter();
}
