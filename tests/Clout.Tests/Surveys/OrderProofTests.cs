using System.Net;
using System.Text;
using System.Text.Json;
using Clout.Core.Orders;
using Clout.Storage.Model;
using Clout.Surveys;
using Clout.Testing;
using Clout.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Clout.Tests.Surveys;

/// <summary>
/// Survey credit needs proof: an answer credits an order only with that order's token (HMAC of the order id under the
/// workspace's order-proof secret), once per order, and for an order not stored yet only if it arrives within the
/// window. Through the real server, on both databases.
/// </summary>
public sealed class OrderProofTests
{
    private static CancellationToken Ct => WebTest.Ct;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private sealed record LiveSurvey(string PublicId, int Version, string Noor, string Mila);

    /// <summary>The post-purchase survey, live, with the roster options of noor and mila.</summary>
    private static async Task<LiveSurvey> PostPurchaseAsync(Shop shop)
    {
        using var client = shop.Client();
        using var created = await client.PostAsync("/api/v1/surveys", Json("""{"template":"post_purchase"}"""), Ct);
        var id = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        using var published = await client.PostAsync($"/api/v1/surveys/{id}/publish", null, Ct);
        var live = await published.JsonAsync(HttpStatusCode.OK);
        var options = live.GetProperty("definition").GetProperty("questions")[0].GetProperty("options").EnumerateArray()
            .ToDictionary(o => o.GetProperty("label").GetString()!, o => o.GetProperty("id").GetString()!);
        return new LiveSurvey(live.GetProperty("public_id").GetString()!, live.GetProperty("live_version").GetInt32(), options["@noor"], options["@mila"]);
    }

    /// <summary>The workspace's order-proof secret, as `clout survey snippet` shows it (made on first need).</summary>
    private static Task<string> SecretAsync(Shop shop) =>
        shop.Server.InScopeAsync(shop.Workspace, async s => (await s.GetRequiredService<OrderProofSecrets>().EnsureAsync(shop.Workspace.Id, Ct))!);

    private static async Task<HttpResponseMessage> AnswerAsync(HttpClient client, LiveSurvey survey, string respondent, string option, string? orderId, string? token)
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["version"] = survey.Version,
            ["respondent_id"] = respondent,
            ["order_id"] = orderId,
            ["order_token"] = token,
            ["answers"] = new Dictionary<string, object> { ["heard_from"] = new { option }, ["nps"] = new { value = 9 } },
        });
        return await client.PostAsync($"/api/v1/public/surveys/{survey.PublicId}/responses", Json(body), Ct);
    }

    private static async Task<string> OrderCreditAsync(HttpResponseMessage response) =>
        (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("order_credit").GetString()!;

    private static async Task<(string Source, long? Collaboration)> AttributionAsync(Shop shop, string orderId)
    {
        using var client = shop.Client();
        using var response = await client.GetAsync($"/api/v1/orders/{orderId}", Ct);
        var order = await response.JsonAsync(HttpStatusCode.OK);
        var attributed = order.GetProperty("attributed_collaboration_id");
        return (order.GetProperty("attribution_source").GetString()!, attributed.ValueKind == JsonValueKind.Number ? attributed.GetInt64() : null);
    }

    private static async Task PostOrderAsync(Shop shop, string orderId, DateTimeOffset at)
    {
        using var client = shop.Client();
        using var response = await client.PostAsync("/api/v1/orders",
            Json($$"""{"order_id":"{{orderId}}","total":"20","currency":"EUR","at":"{{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}}"}"""), Ct);
        await response.JsonAsync(HttpStatusCode.Created);
    }

    private static Task<List<SurveyResponse>> ResponsesAsync(Shop shop) =>
        shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().SurveyResponses.AsNoTracking().OrderBy(r => r.Id).ToListAsync(Ct));

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Respond_ForgedProof_StoredAndCounted_NeverCreditsAnOrder(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var other = await Shop.CreateAsync(app.Server, "other");
        var survey = await PostPurchaseAsync(shop);
        var secret = await SecretAsync(shop);
        var otherSecret = await SecretAsync(other);
        Assert.NotEqual(secret, otherSecret);
        await PostOrderAsync(shop, "1001", DateTimeOffset.UtcNow);
        using var client = app.Server.CreateClient();
        (string? Token, string Why)[] forgeries =
        [
            (null, "no token"),
            (new string('0', OrderProof.TokenLength), "a made-up token"),
            (OrderProof.Token(secret, "1002"), "another order's token"),
            (OrderProof.Token(otherSecret, "1001"), "a token under another workspace's secret"),
            (OrderProof.Token(secret, "1001")[..^2], "a cut token"),
        ];

        var stored = 0;
        foreach (var orderId in new[] { "1001", "2001" })
        {
            foreach (var (token, why) in forgeries)
            {
                using var response = await AnswerAsync(client, survey, $"stranger-{++stored}", survey.Noor, orderId, token);
                Assert.True(await OrderCreditAsync(response) == "none", $"{why} was taken as proof for order {orderId}");
            }
        }
        // The order the forgeries named before it existed arrives now: none of them credits it either.
        await PostOrderAsync(shop, "2001", DateTimeOffset.UtcNow);

        Assert.Equal(("none", (long?)null), await AttributionAsync(shop, "1001"));
        Assert.Equal(("none", (long?)null), await AttributionAsync(shop, "2001"));
        var responses = await ResponsesAsync(shop);
        Assert.Equal(stored, responses.Count);
        Assert.All(responses, r => Assert.Null(r.VerifiedOrderId));
        using var results = await shop.Client().GetAsync("/api/v1/surveys", Ct);
        Assert.Equal(stored, (await results.JsonAsync(HttpStatusCode.OK))[0].GetProperty("responses").GetInt32());
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Respond_ValidToken_CreditsStoredOrder_AndOneArrivingWithinTheWindow_NotOneArrivingAfter(DatabaseProvider provider)
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var app = await WebTest.StartAsync(provider, clock);
        var shop = await Shop.CreateAsync(app.Server);
        var survey = await PostPurchaseAsync(shop);
        var secret = await SecretAsync(shop);
        using var client = app.Server.CreateClient();
        await PostOrderAsync(shop, "stored", clock.GetUtcNow());

        using var forStored = await AnswerAsync(client, survey, "buyer-1", survey.Noor, "stored", OrderProof.Token(secret, "stored"));
        using var forSoon = await AnswerAsync(client, survey, "buyer-2", survey.Noor, "soon", OrderProof.Token(secret, "soon"));
        using var forLate = await AnswerAsync(client, survey, "buyer-3", survey.Mila, "late", OrderProof.Token(secret, "late"));

        Assert.Equal(["verified", "verified", "verified"], [await OrderCreditAsync(forStored), await OrderCreditAsync(forSoon), await OrderCreditAsync(forLate)]);
        Assert.Equal(("survey", (long?)shop.Noor), await AttributionAsync(shop, "stored"));
        // The default window is 48 hours from the answer: one order a minute inside it, one a minute past it.
        clock.Advance(TimeSpan.FromHours(48) - TimeSpan.FromMinutes(1));
        await PostOrderAsync(shop, "soon", clock.GetUtcNow().AddHours(-47));
        clock.Advance(TimeSpan.FromMinutes(2));
        await PostOrderAsync(shop, "late", clock.GetUtcNow().AddHours(-48));
        Assert.Equal(("survey", (long?)shop.Noor), await AttributionAsync(shop, "soon"));
        Assert.Equal(("none", (long?)null), await AttributionAsync(shop, "late"));
        Assert.Equal(["stored", "soon", "late"], (await ResponsesAsync(shop)).Select(r => r.VerifiedOrderId));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Respond_SecondAnswerProvingTheSameOrder_Is409_StoresNothing_FirstCreditStays(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var survey = await PostPurchaseAsync(shop);
        var token = OrderProof.Token(await SecretAsync(shop), "1001");
        await PostOrderAsync(shop, "1001", DateTimeOffset.UtcNow);
        using var client = app.Server.CreateClient();

        using var first = await AnswerAsync(client, survey, "buyer", survey.Noor, "1001", token);
        using var second = await AnswerAsync(client, survey, "someone-else", survey.Mila, "1001", token);
        using var unproven = await AnswerAsync(client, survey, "third", survey.Mila, "1001", null);

        Assert.Equal("verified", await OrderCreditAsync(first));
        var problem = await second.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("Order already answered", problem.GetProperty("title").GetString());
        Assert.Contains("first answer counts", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal("none", await OrderCreditAsync(unproven));
        Assert.Equal(("survey", (long?)shop.Noor), await AttributionAsync(shop, "1001"));
        Assert.Equal([("buyer", (string?)"1001"), ("third", null)],
            (await ResponsesAsync(shop)).Select(r => (r.RespondentHash == Clout.Storage.Surveys.SurveyRespondents.Hash("buyer") ? "buyer" : "third", r.VerifiedOrderId)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Respond_ConcurrentAnswersProvingOneOrder_OneIs201OthersAre409_OneRow(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var survey = await PostPurchaseAsync(shop);
        var token = OrderProof.Token(await SecretAsync(shop), "race");
        using var client = app.Server.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            AnswerAsync(client, survey, $"racer-{i}", i % 2 == 0 ? survey.Noor : survey.Mila, "race", token)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal("Order already answered", (await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("title").GetString());
        var row = Assert.Single(await ResponsesAsync(shop));
        Assert.Equal("race", row.VerifiedOrderId);
        foreach (var response in responses)
        {
            response.Dispose();
        }
        await PostOrderAsync(shop, "race", DateTimeOffset.UtcNow);
        Assert.Equal("survey", (await AttributionAsync(shop, "race")).Source);
    }

    [Fact]
    public async Task HostedPage_PassesTheOrderTokenToTheWidget_Encoded()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        var survey = await PostPurchaseAsync(shop);

        using var response = await app.Server.CreateClient().GetAsync($"/s/{survey.PublicId}?order_id=1001&order_token={Uri.EscapeDataString("ab\"><script>")}", Ct);

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-order-id=\"1001\" data-order-token=\"ab&quot;&gt;&lt;script&gt;\"", html, StringComparison.Ordinal);
    }
}
