using System.Net;
using System.Text.Json;

namespace Clout.Tests.Hosting;

public sealed class CloutWebAppTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Fact]
    public async Task Health_Get_IsHealthyWithoutSignIn()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task OpenApi_Document_IsJsonListingTheRosterAndTierReport()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json", Ct);

        var document = await response.JsonAsync(HttpStatusCode.OK);
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/influencers", paths);
        Assert.Contains("/api/v1/influencers/{id}", paths);
        Assert.Contains("/api/v1/reports/tiers", paths);
        Assert.Contains("/api/v1/imports/{kind}", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/charts", StringComparison.Ordinal));
        // Every status a handler can answer is in the document (house rule 3).
        // 503: format=pdf on a server without Chromium.
        Assert.Equal(["200", "400", "401", "503"], Responses(document, "/api/v1/reports/tiers", "get"));
        // The 200 schema is the JSON report; the description tells of the html and pdf files.
        var tierReport = document.GetProperty("paths").GetProperty("/api/v1/reports/tiers").GetProperty("get");
        Assert.True(tierReport.GetProperty("responses").GetProperty("200").GetProperty("content").TryGetProperty("application/json", out _), tierReport.GetRawText());
        Assert.Contains("format=pdf", tierReport.GetProperty("description").GetString());
        // 403: a read key on a route that changes data, or a key below owner on the keys routes; never on a read.
        Assert.Equal(["200", "400", "401", "403", "404", "422"], Responses(document, "/api/v1/imports/{kind}", "post"));
        Assert.Equal(["200", "401", "403"], Responses(document, "/api/v1/keys", "get"));
        Assert.Equal(["200", "400", "401", "404"], Responses(document, "/api/v1/influencers/{id}", "get"));
        // Schemas spell properties as the API sends them: snake_case.
        var influencer = document.GetProperty("components").GetProperty("schemas").GetProperty("InfluencerResponse").GetProperty("properties");
        Assert.True(influencer.TryGetProperty("display_name", out _), influencer.GetRawText());
    }

    [Fact]
    public async Task ApiReference_Get_ServesTheBrowsableUi()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var redirect = await client.GetAsync("/api", Ct);
        using var response = await client.GetAsync("/api/", Ct);

        Assert.Equal(HttpStatusCode.Found, redirect.StatusCode);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/account/login")]
    [InlineData("/api/v1/influencers")]
    public async Task SecurityHeaders_AnyResponse_CarriesThem(string path)
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync(path, Ct);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }

    [Fact]
    public async Task UnknownApiRoute_Get_IsNotFoundProblem()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.GetAsync("/api/v1/nothing-here", Ct);

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private static List<string> Responses(JsonElement document, string path, string method) =>
        [.. document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal)];

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"missing header {name}");
}
