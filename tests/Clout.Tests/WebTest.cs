using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Clout.Storage.Model;

namespace Clout.Tests;

/// <summary>What the HTTP tests share: a database and a server on it, and readers for JSON and problem details.</summary>
internal static class WebTest
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<RunningApp> StartAsync(DatabaseProvider provider = DatabaseProvider.Sqlite, TimeProvider? clock = null,
        IEnumerable<string>? settings = null) =>
        RunningApp.StartAsync(provider, Ct, clock, settings);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>An RFC 9457 problem: the status, the media type and the body's status must agree.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString() ?? "";

    public static MediaTypeHeaderValue MediaType(string mediaType) => new(mediaType);
}
