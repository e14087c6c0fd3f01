using Clout.Connectors;
using Clout.Connectors.TikTok;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Time.Testing;

namespace Clout.Tests.Connectors;

/// <summary>The TikTok client against a local server that answers as TikTok's reference documents.</summary>
public sealed class TikTokClientTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TikTokOptions Options(FakeTikTok fake) => new()
    {
        BaseUrl = fake.BaseUrl, AuthorizeUrl = fake.AuthorizeUrl, ClientKey = FakeTikTok.ClientKey, ClientSecret = FakeTikTok.ClientSecret,
    };

    private static TikTokClient Client(FakeTikTok fake, HttpClient http) => new(http, Microsoft.Extensions.Options.Options.Create(Options(fake)));

    private static FakeTtAccount Creator(int videos)
    {
        var account = new FakeTtAccount("-000OKRmI2bpQf3GIqkCeBQ6UuiK4S", "mo.moves") { DisplayName = "Mo Moves", Followers = 91_000, Following = 120, Likes = 2_400_000 };
        for (var i = 0; i < videos; i++)
        {
            account.Publish(new FakeTtVideo($"73800801376828{i:D5}", Now.AddHours(-videos + i), $"Dance {i}", $"Dance {i} #ad", 10_000 + i, 500 + i, 20 + i, 5 + i));
        }
        return account;
    }

    [Fact]
    public async Task ReadsTheProfile_AndEveryPageOfVideos_WithTheTokenOnlyInTheHeader()
    {
        await using var fake = await FakeTikTok.StartAsync(Ct);
        fake.CreatorsByToken["act.one"] = Creator(45);
        var credentials = new ConnectionCredentials(null, "act.one", "rft.one", Now.AddDays(1));
        using var http = new HttpClient();
        var client = Client(fake, http);

        var account = await client.GetAccountAsync(credentials, "mo.moves", Ct);
        var posts = new List<FetchedPost>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await client.GetPostsAsync(credentials, account, token, Ct);
            posts.AddRange(page.Items);
            token = page.NextPageToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(new FetchedAccount("-000OKRmI2bpQf3GIqkCeBQ6UuiK4S", "mo.moves", "Mo Moves", 91_000, 120, 45), account);
        Assert.Equal(3, pages);
        Assert.Equal(45, posts.Select(p => p.ExternalId).Distinct().Count());
        Assert.Equal(new FetchedPost("7380080137682800044", "mo.moves", Now.AddHours(-1), "Dance 44 #ad",
            "https://www.tiktok.com/@mo.moves/video/7380080137682800044", "video", 10_044, 544, 64, 49), posts[0]);
        Assert.All(fake.Requests, r => Assert.Equal("Bearer act.one", r.Authorization));
        Assert.All(fake.Requests, r => Assert.DoesNotContain("act.one", r.PathAndQuery, StringComparison.Ordinal));
        Assert.Contains(fake.Requests, r => r.Method == "POST" && r.PathAndQuery.StartsWith("/v2/video/list/?fields=id,create_time", StringComparison.Ordinal)
            && r.Body.Contains("\"cursor\":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GivesNoComments_WithoutCallingTikTok()
    {
        await using var fake = await FakeTikTok.StartAsync(Ct);
        using var http = new HttpClient();

        var page = await Client(fake, http).GetCommentsAsync(new ConnectionCredentials(null, "act.one"), "7380080137682800044", null, Ct);

        Assert.Empty(page.Items);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task DocumentedErrors_MapToTheFailuresTheSyncActsOn()
    {
        await using var fake = await FakeTikTok.StartAsync(Ct);
        fake.CreatorsByToken["act.one"] = Creator(1);
        fake.FailNext(FakeTikTok.RateLimited("user/info"));
        fake.FailNext(FakeTikTok.ServerError("user/info"));
        fake.FailNext(FakeTikTok.ScopeMissing("user/info"));
        fake.FailNext(FakeTikTok.Expired("user/info"));
        var credentials = new ConnectionCredentials(null, "act.one");
        using var http = new HttpClient();
        var client = Client(fake, http);

        var failures = new List<ConnectorFailure>();
        for (var i = 0; i < 4; i++)
        {
            failures.Add((await Assert.ThrowsAsync<ConnectorException>(() => client.GetAccountAsync(credentials, "mo.moves", Ct))).Failure);
        }
        var account = await client.GetAccountAsync(credentials, "mo.moves", Ct);

        Assert.Equal([ConnectorFailure.QuotaExceeded, ConnectorFailure.ServerError, ConnectorFailure.Unauthorized, ConnectorFailure.TokenExpired], failures);
        Assert.Equal("mo.moves", account.Handle);
    }

    [Fact]
    public async Task Login_ExchangesTheCode_AndRefreshesWithTheRefreshToken()
    {
        await using var fake = await FakeTikTok.StartAsync(Ct);
        var creator = Creator(1);
        fake.NextAuthoriser = creator;
        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var login = new TikTokLogin(http, Microsoft.Extensions.Options.Options.Create(Options(fake)), clock);
        var callback = new Uri("https://clout.example/connect/tiktok/callback");

        var page = login.AuthorizeUri("invitation-state", callback);
        using var redirect = await http.GetAsync(page, Ct);
        var query = QueryHelpers.ParseQuery(redirect.Headers.Location!.Query);
        var authorised = await login.ExchangeCodeAsync(query["code"].ToString(), callback, Ct);
        clock.Advance(TimeSpan.FromHours(23));
        var due = login.NeedsRefresh(authorised.Credentials);
        var refreshed = await login.RefreshAsync(authorised.Credentials, Ct);
        var badCode = await Assert.ThrowsAsync<ConnectorException>(() => login.ExchangeCodeAsync(query["code"].ToString(), callback, Ct));

        var asked = QueryHelpers.ParseQuery(page.Query);
        Assert.Equal((FakeTikTok.ClientKey, "user.info.basic,user.info.profile,user.info.stats,video.list", "code", callback.ToString()),
            (asked["client_key"].ToString(), asked["scope"].ToString(), asked["response_type"].ToString(), asked["redirect_uri"].ToString()));
        Assert.Equal("invitation-state", query["state"].ToString());
        Assert.Equal(creator.OpenId, authorised.AccountId);
        Assert.Equal(Now.AddSeconds(FakeTikTok.AccessSeconds), authorised.Credentials.ExpiresAtUtc);
        Assert.StartsWith("rft.", authorised.Credentials.RefreshToken, StringComparison.Ordinal);
        Assert.True(due);
        Assert.NotEqual(authorised.Credentials.AccessToken, refreshed.AccessToken);
        Assert.Same(creator, fake.CreatorsByToken[refreshed.AccessToken!]);
        Assert.Equal(ConnectorFailure.TokenExpired, badCode.Failure);
    }
}
