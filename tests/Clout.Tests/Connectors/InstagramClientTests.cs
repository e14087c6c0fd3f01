using Clout.Connectors;
using Clout.Connectors.Instagram;
using Microsoft.Extensions.Time.Testing;

namespace Clout.Tests.Connectors;

/// <summary>The Instagram client against a local server that answers as Instagram's reference documents.</summary>
public sealed class InstagramClientTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly ConnectionCredentials Brand = new(null, FakeInstagram.BrandToken, BusinessAccountId: FakeInstagram.BrandBusinessId);

    private static InstagramOptions Options(FakeInstagram fake) => new()
    {
        BaseUrl = fake.BaseUrl, LoginBaseUrl = fake.LoginBaseUrl, AuthorizeUrl = fake.AuthorizeUrl, TokenUrl = fake.TokenUrl,
        AppId = FakeInstagram.AppId, AppSecret = FakeInstagram.AppSecret,
    };

    private static InstagramClient Client(FakeInstagram fake, HttpClient http) => new(http, Microsoft.Extensions.Options.Options.Create(Options(fake)));

    private static FakeIgAccount Creator(int posts)
    {
        var account = new FakeIgAccount("17841400000000001", "lena.bakes") { Name = "Lena Bakes", Followers = 48_200, Follows = 310 };
        for (var i = 0; i < posts; i++)
        {
            account.Publish(new FakeIgMedia($"1790000000000{i:D4}", $"Post {i} #sponsored", Now.AddDays(-posts + i), 100 + i,
                Reach: 1_000 + i, Saved: 10 + i, Views: 2_000 + i));
        }
        return account;
    }

    [Fact]
    public async Task BusinessDiscovery_ReadsCountsAndEveryPageOfMedia_WithTheTokenOnlyInTheHeader()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        fake.Accounts["lena.bakes"] = Creator(60);
        using var http = new HttpClient();
        var client = Client(fake, http);

        var account = await client.GetAccountAsync(Brand, "@lena.bakes", Ct);
        var posts = new List<FetchedPost>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await client.GetPostsAsync(Brand, account, token, Ct);
            posts.AddRange(page.Items);
            token = page.NextPageToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(new FetchedAccount("lena.bakes", "lena.bakes", "Lena Bakes", 48_200, 310, 60), account);
        Assert.Equal(60, posts.Select(p => p.ExternalId).Distinct().Count());
        var newest = posts[0];
        Assert.Equal("1790000000000" + "0059", newest.ExternalId);
        Assert.Equal(Now.AddDays(-1), newest.PublishedAtUtc);
        Assert.Equal(159, newest.Likes);
        Assert.Equal("image", newest.Kind);
        Assert.Null(newest.Reach); // no insights for other accounts
        Assert.Null(newest.Views);
        Assert.All(fake.Requests, r => Assert.Equal("Bearer " + FakeInstagram.BrandToken, r.Authorization));
        Assert.All(fake.Requests, r => Assert.DoesNotContain(FakeInstagram.BrandToken, r.PathAndQuery, StringComparison.Ordinal));
        Assert.Contains(fake.Requests, r => r.PathAndQuery.Contains("business_discovery.username(lena.bakes){media.after(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BusinessDiscovery_GivesNoComments_WithoutCallingInstagram()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        using var http = new HttpClient();

        var page = await Client(fake, http).GetCommentsAsync(Brand, "17900000000000001", null, Ct);

        Assert.Empty(page.Items);
        Assert.Null(page.NextPageToken);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task BusinessDiscovery_UnknownHandle_IsNotFound()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<ConnectorException>(() => Client(fake, http).GetAccountAsync(Brand, "nobody.here", Ct));

        Assert.Equal(ConnectorFailure.NotFound, e.Failure);
    }

    [Fact]
    public async Task AHandleThatCouldBreakOutOfTheFieldExpansion_IsRefusedBeforeAnyCall()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<ConnectorException>(() => Client(fake, http).GetAccountAsync(Brand, "x){id}", Ct));

        Assert.Equal(ConnectorFailure.BadRequest, e.Failure);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task OwnAccount_ReadsMediaWithInsights_AndCommentsWithTheCreatorsReplies()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        var creator = Creator(3);
        creator.Publish(new FakeIgMedia("17900000000009999", "Too new for insights", Now, 5, MediaType: "VIDEO", ProductType: "REELS"));
        var commented = creator.Media[1];
        var question = new FakeIgComment("18000000000000001", "fan.one", "Where is the recipe?", Now.AddHours(-3), 2);
        question.Replies.Add(new FakeIgComment("18000000000000002", "lena.bakes", "Link in bio!", Now.AddHours(-2)));
        commented.Comments.Add(question);
        commented.Comments.Add(new FakeIgComment("18000000000000003", "fan.two", "Yum", Now.AddHours(-1)));
        fake.CreatorsByToken["IGlongtoken"] = creator;
        var own = new ConnectionCredentials(null, "IGlongtoken", ExpiresAtUtc: Now.AddDays(60));
        using var http = new HttpClient();
        var client = Client(fake, http);

        var account = await client.GetAccountAsync(own, "lena.bakes", Ct);
        var page = await client.GetPostsAsync(own, account, null, Ct);
        var comments = await client.GetCommentsAsync(own, commented.Id, null, Ct);

        Assert.Equal("17841400000000001", account.ExternalId);
        Assert.Equal(48_200, account.Followers);
        Assert.Null(page.NextPageToken);
        var reel = page.Items[0];
        Assert.Equal(("reels", (long?)null, (long?)null), (reel.Kind, reel.Reach, reel.Impressions));
        var withInsights = page.Items.Single(p => p.ExternalId == commented.Id);
        Assert.Equal((1_002L, 12L, 2_002L, 2_002L), (withInsights.Reach!.Value, withInsights.Saves!.Value, withInsights.Impressions!.Value, withInsights.Views!.Value));
        Assert.DoesNotContain(fake.Requests, r => r.PathAndQuery.Contains("impressions", StringComparison.Ordinal));
        Assert.Equal(
            [("18000000000000001", null, false, "fan.one"), ("18000000000000002", "18000000000000001", true, "lena.bakes"), ("18000000000000003", null, false, "fan.two")],
            comments.Items.Select(c => (c.ExternalId, c.ParentExternalId, c.IsCreatorReply, c.AuthorHandle)).ToArray());
        Assert.Equal(Now.AddHours(-3), comments.Items[0].CreatedAtUtc);
        Assert.Equal(2, comments.Items[0].Likes);
    }

    [Fact]
    public async Task ExpiredToken_IsTokenExpired()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        fake.ExpiredTokens["IGold"] = true;
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<ConnectorException>(() => Client(fake, http).GetAccountAsync(new ConnectionCredentials(null, "IGold"), "lena.bakes", Ct));

        Assert.Equal(ConnectorFailure.TokenExpired, e.Failure);
        Assert.Contains("Session has expired", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimitsAndServerErrors_AreToldApart()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        fake.Accounts["lena.bakes"] = Creator(1);
        fake.FailNext(FakeInstagram.RateLimited("business_discovery"));
        fake.FailNext(FakeInstagram.AppRateLimited("business_discovery"));
        fake.FailNext(FakeInstagram.ServerError("business_discovery"));
        using var http = new HttpClient();
        var client = Client(fake, http);

        var useCase = await Assert.ThrowsAsync<ConnectorException>(() => client.GetAccountAsync(Brand, "lena.bakes", Ct));
        var app = await Assert.ThrowsAsync<ConnectorException>(() => client.GetAccountAsync(Brand, "lena.bakes", Ct));
        var server = await Assert.ThrowsAsync<ConnectorException>(() => client.GetAccountAsync(Brand, "lena.bakes", Ct));
        var account = await client.GetAccountAsync(Brand, "lena.bakes", Ct);

        Assert.Equal((ConnectorFailure.QuotaExceeded, TimeSpan.FromMinutes(7)), (useCase.Failure, useCase.RetryAfter));
        Assert.Equal(ConnectorFailure.QuotaExceeded, app.Failure);
        Assert.Equal(ConnectorFailure.ServerError, server.Failure);
        Assert.Equal("lena.bakes", account.Handle);
    }

    [Fact]
    public async Task NoAnswer_IsAServerError()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        var options = Options(fake);
        options.BaseUrl = new Uri("http://127.0.0.1:9/fb/v25.0/");
        using var http = new HttpClient();

        var e = await Assert.ThrowsAsync<ConnectorException>(() =>
            new InstagramClient(http, Microsoft.Extensions.Options.Options.Create(options)).GetAccountAsync(Brand, "lena.bakes", Ct));

        Assert.Equal(ConnectorFailure.ServerError, e.Failure);
    }

    [Fact]
    public async Task Login_ExchangesTheCodeForALongLivedToken_AndRefreshesIt()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        var creator = Creator(1);
        fake.NextAuthoriser = creator;
        var clock = new FakeTimeProvider(new DateTimeOffset(Now));
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var login = new InstagramLogin(http, Microsoft.Extensions.Options.Options.Create(Options(fake)), clock);
        var callback = new Uri("https://clout.example/connect/instagram/callback");

        var window = login.AuthorizeUri("invitation-state", callback);
        using var redirect = await http.GetAsync(window, Ct);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(redirect.Headers.Location!.Query);
        var authorised = await login.ExchangeCodeAsync(query["code"].ToString(), callback, Ct);
        clock.Advance(TimeSpan.FromDays(55));
        var due = login.NeedsRefresh(authorised.Credentials);
        var refreshed = await login.RefreshAsync(authorised.Credentials, Ct);

        var asked = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(window.Query);
        Assert.Equal("instagram_business_basic,instagram_business_manage_insights,instagram_business_manage_comments", asked["scope"].ToString());
        Assert.Equal((FakeInstagram.AppId, "code", callback.ToString()), (asked["client_id"].ToString(), asked["response_type"].ToString(), asked["redirect_uri"].ToString()));
        Assert.Equal("invitation-state", query["state"].ToString());
        Assert.Equal(creator.Id, authorised.AccountId);
        Assert.StartsWith("IGlong", authorised.Credentials.AccessToken, StringComparison.Ordinal);
        Assert.Equal(Now.AddSeconds(FakeInstagram.LongLivedSeconds), authorised.Credentials.ExpiresAtUtc);
        Assert.True(due);
        Assert.NotEqual(authorised.Credentials.AccessToken, refreshed.AccessToken);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(FakeInstagram.LongLivedSeconds), refreshed.ExpiresAtUtc);
        Assert.Same(creator, fake.CreatorsByToken[refreshed.AccessToken!]);
    }

    [Fact]
    public async Task Login_AUsedCode_IsRefused_AndAMissingAppId_NamesTheSetting()
    {
        await using var fake = await FakeInstagram.StartAsync(Ct);
        using var http = new HttpClient();
        var options = Options(fake);
        var login = new InstagramLogin(http, Microsoft.Extensions.Options.Options.Create(options), TimeProvider.System);

        var used = await Assert.ThrowsAsync<ConnectorException>(() => login.ExchangeCodeAsync("AQCnotacode", new Uri("https://clout.example/cb"), Ct));
        options.AppId = null;
        var setup = Assert.Throws<ConnectorSetupException>(() => login.AuthorizeUri("s", new Uri("https://clout.example/cb")));

        Assert.Equal(ConnectorFailure.TokenExpired, used.Failure);
        Assert.Contains("Matching code was not found", used.Message, StringComparison.Ordinal);
        Assert.Contains("Clout:Connectors:Instagram:AppId", setup.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2019-04-05T07:56:32+0000", "2019-04-05T07:56:32")]
    [InlineData("2026-12-07T10:00:00+0100", "2026-12-07T09:00:00")]
    [InlineData("2026-12-07T10:00:00Z", "2026-12-07T10:00:00")]
    public void Timestamp_ReadsGraphsColonlessOffsets(string text, string utc) =>
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), InstagramClient.Timestamp(text));
}
