using System.Globalization;
using System.Net;
using System.Text.Json;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;
using CsvHelper;

namespace Clout.Tests.Reports;

public sealed class LeaderboardEndpointTests
{
    private const double Tolerance = 1e-9;
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetInfluencers_SortedByRoas_ListsEveryInfluencerWithFiguresFlagsAndBookAgain(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync("/api/v1/reports/influencers?sort=roas&dir=desc", Ct);

        var board = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("EUR", "roas", "desc"), (board.GetProperty("currency").GetString(), board.GetProperty("sort").GetString(), board.GetProperty("dir").GetString()));
        var rows = board.GetProperty("influencers").EnumerateArray().ToList();
        // ROAS: mila 1, otto 50 / 92.5, noor 0.25, star1 0.01, star2 and star3 0.005 (a tie, broken by handle); "tiny" has no posts or sales.
        Assert.Equal(["mila", "otto", "noor", "star1", "star2", "star3"], rows.Select(r => r.GetProperty("handle").GetString()));
        var otto = rows[1];
        Assert.Equal(("instagram", "micro", "Otto"), (otto.GetProperty("platform").GetString(), otto.GetProperty("tier").GetString(), otto.GetProperty("display_name").GetString()));
        Assert.Equal(92.5m, otto.GetProperty("cost").GetDecimal());
        var metrics = otto.GetProperty("metrics");
        Assert.Equal(SmallShop.MicroRoas, metrics.GetProperty("roas").GetProperty("value").GetDouble(), Tolerance);
        Assert.Equal(SmallShop.MicroCpa, metrics.GetProperty("cpa").GetProperty("value").GetDouble(), Tolerance);
        Assert.False(metrics.GetProperty("roas").TryGetProperty("n", out _));
        var conversion = metrics.GetProperty("conversion_rate");
        Assert.Equal(0.1, conversion.GetProperty("value").GetDouble(), Tolerance);   // 1 order of 10 visitors
        Assert.Equal(10, conversion.GetProperty("n").GetInt32());
        Assert.InRange(conversion.GetProperty("low").GetDouble(), 0, 0.1);
        Assert.False(metrics.TryGetProperty("roi", out _));                            // no margin set
        Assert.Empty(otto.GetProperty("flags").EnumerateArray());
        // ROAS below 0.5 is clearly below 1: noor and every star, each with the money in words.
        var flagged = rows.Where(r => r.GetProperty("flags").GetArrayLength() > 0).ToDictionary(r => r.GetProperty("handle").GetString()!, r => r.GetProperty("flags")[0]);
        Assert.Equal(["noor", "star1", "star2", "star3"], flagged.Keys);
        Assert.Equal("low_roas", flagged["star1"].GetProperty("flag").GetString());
        Assert.Equal("spent €10,000, returned €100: ROAS 0.01", flagged["star1"].GetProperty("reason").GetString());
        // Nobody has 5 orders to top the list; the stars' large spends sink them.
        var bookAgain = board.GetProperty("book_again");
        Assert.Equal("roas", bookAgain.GetProperty("ranked_by").GetString());
        Assert.Empty(bookAgain.GetProperty("top").EnumerateArray());
        Assert.Equal(["star3", "star2", "star1"], bookAgain.GetProperty("bottom").EnumerateArray().Select(p => p.GetProperty("handle").GetString()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetInfluencers_Filters_ByTierPlatformSearchCampaignAndPeriod(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);

        Assert.Equal(["mila", "noor", "otto"], await HandlesAsync(client, "tier=micro&platform=instagram"));
        Assert.Equal(["star1", "star2", "star3"], await HandlesAsync(client, "q=STAR&sort=cpa"));
        Assert.Equal(["star1"], await HandlesAsync(client, "q=star%20one"));          // the display name
        Assert.Empty(await HandlesAsync(client, "platform=tiktok"));
        // [Mar 1, Mar 4): only m1, n1, o1 were published, and no sale fell inside; the stars keep their collaborations' cost.
        using var period = await client.GetAsync("/api/v1/reports/influencers?from=2026-03-01&to=2026-03-04&sort=posts&dir=desc", Ct);
        var rows = (await period.JsonAsync(HttpStatusCode.OK)).GetProperty("influencers").EnumerateArray().ToList();
        Assert.Equal(["mila", "noor", "otto", "star1", "star2", "star3"], rows.Select(r => r.GetProperty("handle").GetString()));
        Assert.Equal([1, 1, 1, 0, 0, 0], rows.Select(r => r.GetProperty("posts").GetInt32()));
        Assert.All(rows, r => Assert.Equal(0, r.GetProperty("metrics").GetProperty("orders").GetProperty("value").GetDouble()));
        // The Spring campaign: mila's and otto's Spring posts, star1's; noor and the others have sales but no Spring post.
        using var spring = await client.GetAsync("/api/v1/reports/influencers?campaign=Spring&sort=posts&dir=desc", Ct);
        var springBoard = await spring.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Spring", springBoard.GetProperty("campaign").GetString());
        var springRows = springBoard.GetProperty("influencers").EnumerateArray().ToList();
        Assert.Equal(["mila", "otto", "star1", "noor", "star2", "star3"], springRows.Select(r => r.GetProperty("handle").GetString()));
        Assert.Equal([1, 1, 1, 0, 0, 0], springRows.Select(r => r.GetProperty("posts").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetInfluencers_Csv_CarriesTheJsonFiguresCellByCell(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var client = await SeededClientAsync(app.Server);
        const string Query = "sort=cpa&dir=asc&campaign=Spring";

        using var json = await client.GetAsync($"/api/v1/reports/influencers?{Query}", Ct);
        using var csv = await client.GetAsync($"/api/v1/reports/influencers?{Query}&format=csv", Ct);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("influencers-acme-spring.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
        var rows = (await json.JsonAsync(HttpStatusCode.OK)).GetProperty("influencers").EnumerateArray().ToList();
        AssertCsvEqualsJson(await csv.Content.ReadAsStringAsync(Ct), rows);
    }

    [Theory]
    [InlineData("sort=price", "'sort'")]
    [InlineData("sort=roas&dir=up", "'dir'")]
    [InlineData("tier=giant", "'tier'")]
    [InlineData("platform=myspace", "'platform'")]
    [InlineData("from=yesterday", "'from'")]
    [InlineData("to=soon", "'to'")]
    [InlineData("from=2026-03-05&to=2026-03-05", "'from' must be before 'to'")]
    [InlineData("format=xml", "'format'")]
    [InlineData("to=0001-01-01&format=csv", "'to' must be 0001-01-02 or later")]
    public async Task GetInfluencers_BadParameter_IsBadRequestNamingIt(string query, string named)
    {
        await using var app = await WebTest.StartAsync();
        var client = await SeededClientAsync(app.Server);

        using var response = await client.GetAsync($"/api/v1/reports/influencers?{query}", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(named, problem.Detail());
    }

    [Fact]
    public async Task LeaderboardPage_Viewer_SortsOnTheServerAndDownloadsTheApiCsv()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        await app.Server.CreateUserAsync(workspace, "vic@acme.test", Password, Role.Viewer, Ct);
        using var api = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vic@acme.test", Password)).Dispose();

        using var page = await client.GetAsync("/leaderboard?sort=roas&dir=desc&tier=micro", Ct);
        using var bad = await client.GetAsync("/leaderboard?tier=giant", Ct);
        using var download = await client.GetAsync("/leaderboard.csv?sort=roas&dir=desc&tier=micro", Ct);
        using var fromApi = await api.GetAsync("/api/v1/reports/influencers?sort=roas&dir=desc&tier=micro&format=csv", Ct);

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var order = new[] { "mila", "otto", "noor" }.Select(h => html.IndexOf($"data-handle=\"{h}\"", StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("href=\"/leaderboard.csv?tier=micro&amp;sort=roas&amp;dir=desc\"", html);
        Assert.Contains("data-flag=\"low_roas\"", html);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("&#x27;tier&#x27; must be nano, micro, macro or celebrity", await bad.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(await fromApi.Content.ReadAsStringAsync(Ct), await download.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>Each CSV cell against the JSON: the same handle order, and every figure the same number (empty where absent).</summary>
    internal static void AssertCsvEqualsJson(string csvText, IReadOnlyList<JsonElement> rows)
    {
        using var reader = new CsvReader(new StringReader(csvText), CultureInfo.InvariantCulture);
        var records = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().Select(r => r.ToDictionary(p => p.Key, p => (string)p.Value)).ToList();
        Assert.Equal(rows.Select(r => r.GetProperty("handle").GetString()), records.Select(r => r["handle"]));
        Assert.NotEmpty(records);
        var compared = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var record = records[i];
            Assert.Equal(row.TryGetProperty("cost", out var cost) ? cost.GetDecimal().ToString(CultureInfo.InvariantCulture) : "", record["cost"]);
            var metrics = row.GetProperty("metrics");
            foreach (var (column, cell) in record)
            {
                var (metric, part) = column.EndsWith("_low", StringComparison.Ordinal) ? (column[..^4], "low")
                    : column.EndsWith("_high", StringComparison.Ordinal) ? (column[..^5], "high")
                    : column.EndsWith("_n", StringComparison.Ordinal) ? (column[..^2], "n")
                    : (column, "value");
                if (Core.Reports.Metrics.Find(metric) is null)
                {
                    continue;
                }
                if (metrics.TryGetProperty(metric, out var estimate) && estimate.TryGetProperty(part, out var number))
                {
                    Assert.Equal(number.GetDouble(), double.Parse(cell, CultureInfo.InvariantCulture));
                    compared++;
                }
                else
                {
                    Assert.Equal("", cell);
                }
            }
            Assert.Equal(string.Join(';', row.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("flag").GetString())), record["flags"]);
        }
        Assert.True(compared > rows.Count, $"only {compared} figures compared");
    }

    private static async Task<List<string?>> HandlesAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"/api/v1/reports/influencers?{query}", Ct);
        return [.. (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("influencers").EnumerateArray().Select(r => r.GetProperty("handle").GetString())];
    }

    private static async Task<HttpClient> SeededClientAsync(CloutServer server)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(server, workspace, Ct);
        return server.CreateClient(await server.CreateApiKeyAsync(workspace, Ct));
    }
}
