using System.Net;
using System.Text;

namespace Clout.Tests.Comments;

/// <summary>`POST /api/v1/comments/score` over real HTTP with an API key.</summary>
public sealed class CommentEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Score_Batch_AnswersEachCommentInOrderWithCues()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await ClientAsync(app);
        const string Body = """
            {"comments": [
              {"text": "Honestly the best serum I've tried 😍"},
              {"text": "how much did they pay you to say that", "post_id": "p1"},
              {"text": "thanks so much!", "author": "@mila", "creator_handle": "mila"},
              {"text": "Amazing content keep it up", "post_id": "p1", "author": "growth.bot"},
              {"text": "Amazing content keep it up", "post_id": "p2", "author": "growth.bot"},
              {"text": "Amazing content keep it up", "post_id": "p3", "author": "growth.bot"}
            ]}
            """;

        using var response = await client.PostAsync("/api/v1/comments/score", Json(Body), Ct);

        var results = (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("results");
        Assert.Equal(6, results.GetArrayLength());
        Assert.Equal("positive", results[0].GetProperty("sentiment").GetString());
        Assert.True(results[1].GetProperty("skeptical").GetBoolean());
        Assert.Equal("how much did * pay", results[1].GetProperty("cues")[0].GetProperty("name").GetString());
        Assert.True(results[2].GetProperty("creator_reply").GetBoolean());
        Assert.True(results[5].GetProperty("spam").GetBoolean(), "the same author pasting the same text under three posts of the batch");
    }

    [Theory]
    [InlineData("""{"comments": []}""", "comments")]
    [InlineData("""{"texts": ["hi"]}""", "comments")]
    [InlineData("""{"comments": [{"post_id": "p1"}]}""", "comments[0].text")]
    [InlineData("""{"comments": [{"text": 5}]}""", "body")]
    [InlineData("""{"comments": [""", "body")]
    public async Task Score_BadBody_Is400NamingWhatIsWrong(string body, string field)
    {
        await using var app = await WebTest.StartAsync();
        using var client = await ClientAsync(app);

        using var response = await client.PostAsync("/api/v1/comments/score", Json(body), Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Score_TooManyOrTooLong_Is400_AndHugeBodyIs413()
    {
        await using var app = await WebTest.StartAsync();
        using var client = await ClientAsync(app);
        var many = "{\"comments\": [" + string.Join(',', Enumerable.Repeat("{\"text\":\"hi\"}", 1001)) + "]}";
        var tooLong = "{\"comments\": [{\"text\":\"ok\"},{\"text\":\"" + new string('a', 10_001) + "\"}]}";
        var huge = "{\"comments\": [{\"text\":\"" + new string('a', 5 * 1024 * 1024) + "\"}]}";

        using var manyResponse = await client.PostAsync("/api/v1/comments/score", Json(many), Ct);
        using var longResponse = await client.PostAsync("/api/v1/comments/score", Json(tooLong), Ct);
        using var hugeResponse = await client.PostAsync("/api/v1/comments/score", Json(huge), Ct);

        Assert.Contains("1001", (await manyResponse.ProblemAsync(HttpStatusCode.BadRequest)).Detail());
        Assert.True((await longResponse.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("comments[1].text", out _));
        await hugeResponse.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Score_WithoutApiKey_Is401()
    {
        await using var app = await WebTest.StartAsync();
        using var client = app.Server.CreateClient();

        using var response = await client.PostAsync("/api/v1/comments/score", Json("""{"comments": [{"text": "hi"}]}"""), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<HttpClient> ClientAsync(RunningApp app)
    {
        var workspace = await app.Server.CreateWorkspaceAsync("brand", Ct);
        return app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
    }
}
