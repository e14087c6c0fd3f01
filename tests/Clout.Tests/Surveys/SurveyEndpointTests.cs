using System.Net;
using System.Text;
using System.Text.Json;
using Clout.Core.Orders;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Surveys;
using Clout.Testing;
using Clout.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Clout.Tests.Surveys;

public sealed class SurveyEndpointTests
{
    private const string ShopOrigin = "https://shop.example";

    private static CancellationToken Ct => WebTest.Ct;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A live survey made through the API; returns its public id and version.</summary>
    private static async Task<(long Id, string PublicId, int Version)> LiveSurveyAsync(HttpClient client, string template)
    {
        using var created = await client.PostAsync("/api/v1/surveys", Json($$"""{"template":"{{template}}"}"""), Ct);
        var survey = await created.JsonAsync(HttpStatusCode.Created);
        var id = survey.GetProperty("id").GetInt64();
        using var published = await client.PostAsync($"/api/v1/surveys/{id}/publish", null, Ct);
        var live = await published.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("live", live.GetProperty("state").GetString());
        return (id, live.GetProperty("public_id").GetString()!, live.GetProperty("live_version").GetInt32());
    }

    private static string Answer(int version, string answers, string respondent = "r1", string extra = "") =>
        $"{{\"version\":{version},\"respondent_id\":\"{respondent}\",{extra}\"answers\":{answers}}}";

    private static Task<int> ResponseCountAsync(Shop shop) =>
        shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().SurveyResponses.CountAsync(Ct));

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task PostPurchase_DefinitionAnswerResultsCsvAndOrderSignal(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        using var anonymous = app.Server.CreateClient();
        var (id, publicId, version) = await LiveSurveyAsync(client, "post_purchase");
        using var order = await client.PostAsync("/api/v1/orders", Json("""{"order_id":"1001","total":"20","currency":"EUR","at":"2026-03-10T12:00:00Z"}"""), Ct);
        Assert.Equal("none", (await order.JsonAsync(HttpStatusCode.Created)).GetProperty("attribution_source").GetString());

        using var definition = await anonymous.GetAsync($"/api/v1/public/surveys/{publicId}", Ct);
        var survey = await definition.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("no-store", definition.Headers.CacheControl?.ToString());
        var question = survey.GetProperty("questions")[0];
        Assert.Equal(("heard_from", "single_choice", true, true), (question.GetProperty("id").GetString(), question.GetProperty("type").GetString(),
            question.GetProperty("required").GetBoolean(), question.GetProperty("allow_other").GetBoolean()));
        var noorOption = question.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("label").GetString() == "@noor").GetProperty("id").GetString();
        var nps = survey.GetProperty("questions")[1];
        Assert.Equal((0, 10, "Not at all likely"), (nps.GetProperty("min").GetInt32(), nps.GetProperty("max").GetInt32(), nps.GetProperty("min_label").GetString()));

        // The order confirmation page gives the buyer the order's token, made with the workspace's order-proof secret.
        var secret = await shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<OrderProofSecrets>().EnsureAsync(shop.Workspace.Id, Ct));
        var token = OrderProof.Token(secret!, "1001");
        using var answered = await anonymous.PostAsync($"/api/v1/public/surveys/{publicId}/responses",
            Json(Answer(version, "{\"heard_from\":{\"option\":\"" + noorOption + "\"},\"nps\":{\"value\":9}}", extra: $"\"order_id\":\"1001\",\"order_token\":\"{token}\",")), Ct);
        var created = await answered.JsonAsync(HttpStatusCode.Created);
        Assert.False(string.IsNullOrEmpty(created.GetProperty("id").GetString()));
        Assert.Equal("verified", created.GetProperty("order_credit").GetString());

        using var orderAfter = await client.GetAsync("/api/v1/orders/1001", Ct);
        var credited = await orderAfter.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("survey", shop.Noor), (credited.GetProperty("attribution_source").GetString(), credited.GetProperty("attributed_collaboration_id").GetInt64()));

        using var results = await client.GetAsync($"/api/v1/surveys/{id}/results", Ct);
        var read = await results.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, read.GetProperty("responses").GetInt32());
        var noor = read.GetProperty("by_influencer")[0];
        Assert.Equal(("@noor", 100.0), (noor.GetProperty("key").GetString(), noor.GetProperty("nps").GetProperty("value").GetDouble()));
        using var csv = await client.GetAsync($"/api/v1/surveys/{id}/responses.csv", Ct);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("response_id,version,created_at,order_id,order_credit,influencer,match_confidence,heard_from,nps", lines[0].TrimEnd('\r'));
        Assert.EndsWith($",1001,verified,noor,1,{noorOption},9", lines[1].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"heard_from":{"option":"inf_999999"}}""", "heard_from", "is not an option")]
    [InlineData("""{"nps":{"value":5}}""", "heard_from", "is required")]
    [InlineData("""{"heard_from":{"option":"other","text":"TOOLONG"}}""", "heard_from", "at most 200")]
    [InlineData("""{"heard_from":{"option":"other","text":"a friend"},"ghost":{"value":1}}""", "ghost", "not a question")]
    [InlineData("""{"heard_from":{"option":"other","text":"a friend"},"nps":{"value":11}}""", "nps", "outside 0-10")]
    [InlineData("""{"heard_from":{"option":"other","text":"a friend"},"nps":{"value":"ten"}}""", "nps", "not valid")]
    public async Task Respond_BadAnswer_Is422NamingTheQuestionAndStoresNothing(string answers, string field, string message)
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var (_, publicId, version) = await LiveSurveyAsync(client, "post_purchase");

        using var response = await app.Server.CreateClient().PostAsync($"/api/v1/public/surveys/{publicId}/responses",
            Json(Answer(version, answers.Replace("TOOLONG", new string('x', 201), StringComparison.Ordinal))), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.Contains(message, messages[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await ResponseCountAsync(shop));
    }

    [Fact]
    public async Task Respond_OversizeOpenText_Is422_MegabyteBody_Is413_UnknownSurvey_Is404()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        var (id, publicId, version) = await LiveSurveyAsync(shop.Client(), "nps");
        using var client = app.Server.CreateClient();
        var url = $"/api/v1/public/surveys/{publicId}/responses";

        using var longText = await client.PostAsync(url, Json(Answer(version, "{\"nps\":{\"value\":3},\"nps_reason\":{\"text\":\"" + new string('x', 1001) + "\"}}")), Ct);
        using var megabyte = await client.PostAsync(url, Json(Answer(version, "{\"nps\":{\"value\":3},\"nps_reason\":{\"text\":\"" + new string('x', 1024 * 1024) + "\"}}")), Ct);
        using var unknown = await client.PostAsync("/api/v1/public/surveys/nosuchsurvey1/responses", Json(Answer(1, """{"nps":{"value":3}}""")), Ct);
        using var unknownGet = await client.GetAsync("/api/v1/public/surveys/nosuchsurvey1", Ct);

        Assert.Contains("1001 characters; at most 1000", (await longText.ProblemAsync(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty("nps_reason")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("64 KiB", (await megabyte.ProblemAsync(HttpStatusCode.RequestEntityTooLarge)).Detail(), StringComparison.Ordinal);
        await unknown.ProblemAsync(HttpStatusCode.NotFound);
        await unknownGet.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await ResponseCountAsync(shop));

        using var close = await shop.Client().PostAsync($"/api/v1/surveys/{id}/close", null, Ct);
        using var closed = await client.GetAsync($"/api/v1/public/surveys/{publicId}", Ct);
        await closed.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Respond_SurveyClosedByAnotherNode_Is404AndStoresNothing(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var (id, publicId, version) = await LiveSurveyAsync(shop.Client(), "nps");
        using var client = app.Server.CreateClient();
        var url = $"/api/v1/public/surveys/{publicId}/responses";
        using var first = await client.PostAsync(url, Json(Answer(version, """{"nps":{"value":3}}""", "r1")), Ct);
        await first.JsonAsync(HttpStatusCode.Created);

        // Closed by another node: this node still remembers the survey as live, and is not told.
        await shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().Surveys.Where(x => x.Id == id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.State, SurveyState.Closed), Ct));
        using var second = await client.PostAsync(url, Json(Answer(version, """{"nps":{"value":4}}""", "r2")), Ct);

        await second.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await ResponseCountAsync(shop));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Respond_SameRespondentConcurrently_OneIs201OthersAre409_OneRow(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var (_, publicId, version) = await LiveSurveyAsync(shop.Client(), "nps");
        using var client = app.Server.CreateClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            client.PostAsync($"/api/v1/public/surveys/{publicId}/responses", Json(Answer(version, "{\"nps\":{\"value\":" + i + "}}", "same-person")), Ct)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1, await ResponseCountAsync(shop));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Respond_ScriptTags_StoredVerbatimAndReturnedAsJsonText()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var (id, publicId, version) = await LiveSurveyAsync(client, "nps");
        const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";

        using var answered = await app.Server.CreateClient().PostAsync($"/api/v1/public/surveys/{publicId}/responses",
            Json(Answer(version, "{\"nps\":{\"value\":3},\"nps_reason\":{\"text\":" + JsonSerializer.Serialize(Script) + "}}")), Ct);
        await answered.JsonAsync(HttpStatusCode.Created);
        using var results = await client.GetAsync($"/api/v1/surveys/{id}/results", Ct);

        Assert.Equal("application/json", results.Content.Headers.ContentType?.MediaType);
        var raw = await results.Content.ReadAsStringAsync(Ct);
        // JSON text, never HTML: with nosniff no browser runs it as a page; the dashboard and widget escape it when rendering.
        Assert.Equal("nosniff", results.Headers.GetValues("X-Content-Type-Options").Single());
        var reason = JsonDocument.Parse(raw).RootElement.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == "nps_reason");
        Assert.Equal(Script, reason.GetProperty("texts")[0].GetProperty("text").GetString());
        var stored = await shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().SurveyResponses.Select(r => r.AnswersJson).SingleAsync(Ct));
        Assert.Equal(Script, JsonDocument.Parse(stored).RootElement.GetProperty("nps_reason").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Respond_Honeypot_Is202AndStoresNothing()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        var (_, publicId, version) = await LiveSurveyAsync(shop.Client(), "nps");

        using var response = await app.Server.CreateClient().PostAsync($"/api/v1/public/surveys/{publicId}/responses",
            Json(Answer(version, """{"nps":{"value":10}}""", extra: "\"website\":\"http://spam.example\",")), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(0, await ResponseCountAsync(shop));
    }

    [Fact]
    public async Task Cors_ListedOriginMayCall_OtherOriginIsRefusedAndStoresNothing()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        await app.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<WorkspaceSettingsStore>().SetSurveyOriginsAsync(shop.Workspace.Id, "https://Shop.example/", Ct));
        var (_, publicId, version) = await LiveSurveyAsync(shop.Client(), "nps");
        using var client = app.Server.CreateClient();
        var url = $"/api/v1/public/surveys/{publicId}/responses";

        HttpRequestMessage Post(string origin, string respondent)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = Json(Answer(version, """{"nps":{"value":8}}""", respondent)) };
            request.Headers.Add("Origin", origin);
            return request;
        }
        using var preflight = new HttpRequestMessage(HttpMethod.Options, url);
        preflight.Headers.Add("Origin", ShopOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        using var preflightResponse = await client.SendAsync(preflight, Ct);
        using var allowed = await client.SendAsync(Post(ShopOrigin, "a"), Ct);
        using var refused = await client.SendAsync(Post("https://evil.example", "b"), Ct);

        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Equal(ShopOrigin, preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        await allowed.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(ShopOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        await refused.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(1, await ResponseCountAsync(shop));
    }

    [Fact]
    public async Task Public_RateLimitPerAddress_Is429()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        var (_, publicId, _) = await LiveSurveyAsync(shop.Client(), "nps");
        // The test client is on loopback, which is exempt by default; the limiter reads these options per new address.
        var options = app.Server.Services.GetRequiredService<IOptions<SurveyOptions>>().Value;
        options.ExemptLoopback = false;
        options.PermitsPerMinute = 3;
        using var client = app.Server.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.GetAsync($"/api/v1/public/surveys/{publicId}", Ct);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Manage_InvalidDefinition_Is422NamingTheQuestion_AndEditAfterPublishMakesVersion2()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var (id, publicId, _) = await LiveSurveyAsync(client, "nps");

        using var bad = await client.PutAsync($"/api/v1/surveys/{id}/definition",
            Json("""{"title":"T","questions":[{"id":"q1","type":"likert5","text":"Agree?"},{"id":"q2","type":"single_choice","text":"Pick","show_if":{"question":"q1","any_of":["9"]}}]}"""), Ct);
        using var good = await client.PutAsync($"/api/v1/surveys/{id}/definition",
            Json("""{"title":"T2","questions":[{"id":"q1","type":"likert7","text":"Agree?","required":true}]}"""), Ct);

        var problem = await bad.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q2", out _), problem.ToString());
        var edited = await good.JsonAsync(HttpStatusCode.OK);
        Assert.Equal((2, 1), (edited.GetProperty("version").GetInt32(), edited.GetProperty("live_version").GetInt32()));
        Assert.Equal(7, edited.GetProperty("definition").GetProperty("questions")[0].GetProperty("max").GetInt32());
        using var live = await app.Server.CreateClient().GetAsync($"/api/v1/public/surveys/{publicId}", Ct);
        Assert.Equal("nps", (await live.JsonAsync(HttpStatusCode.OK)).GetProperty("questions")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task List_DraftLiveAndClosedSurveys_EachStateByItsName()
    {
        await using var app = await WebTest.StartAsync();
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();
        var (closed, _, _) = await LiveSurveyAsync(client, "nps");
        (await client.PostAsync($"/api/v1/surveys/{closed}/close", null, Ct)).Dispose();
        await LiveSurveyAsync(client, "trust");
        (await client.PostAsync("/api/v1/surveys", Json("""{"template":"nps"}"""), Ct)).Dispose();

        using var list = await client.GetAsync("/api/v1/surveys", Ct);

        var surveys = (await list.JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["draft", "live", "closed"], surveys.Select(s => s.GetProperty("state").GetString()));
        Assert.Equal(["id", "public_id", "title", "state", "version", "live_version", "responses", "created_at_utc"],
            surveys[0].EnumerateObject().Select(p => p.Name));
    }
}
