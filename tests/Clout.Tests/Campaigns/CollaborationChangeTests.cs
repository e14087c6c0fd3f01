using System.Net;
using System.Net.Http.Json;
using System.Text;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Campaigns;

/// <summary>Changing a collaboration changes only what was sent: its promo code, link and destination go only when asked to.</summary>
public sealed class CollaborationChangeTests
{
    private const string Password = "correct horse battery";
    private const string Route = "/api/v1/campaigns/Spring/collaborations";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Api_FeeOnly_KeepsCodeLinkAndDestination_LinkStillRedirects_OrderWithTheCodeStillCredited(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await CampaignEndpointTests.SeedAsync(app.Server);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var response = await client.PostAsJsonAsync(Route, new { influencer_handle = "mila", platform = "instagram", fee = 750 }, Ct);

        var saved = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(750m, saved.GetProperty("fee").GetDecimal());
        Assert.Equal(("MILA10", "mila-spring", "https://shop.example/spring"), (saved.GetProperty("promo_code").GetString(),
            saved.GetProperty("link_code").GetString(), saved.GetProperty("destination_url").GetString()));
        var terms = await TermsAsync(app.Server, workspace);
        Assert.Equal((75_000L, 2_000L, 0.1), (terms.FeeMinor, terms.ProductCostMinor, terms.CommissionRate));
        // Nothing of the link was cached before the change: this is the database answering.
        using var follow = await app.Server.CreateClient().GetAsync("/r/mila-spring", Ct);
        Assert.Equal(HttpStatusCode.Redirect, follow.StatusCode);
        Assert.StartsWith("https://shop.example/spring?", follow.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        using var order = await client.PostAsJsonAsync("/api/v1/orders",
            new { order_id = "after-fee", total = 30, currency = "EUR", discount_codes = new[] { "MILA10" } }, Ct);
        var credited = await order.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(("code", terms.Id), (credited.GetProperty("attribution_source").GetString(), credited.GetProperty("attributed_collaboration_id").GetInt64()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Api_ExplicitNull_ClearsThoseFieldsOnly_AndTheRemovedLinkStopsAtOnce(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await CampaignEndpointTests.SeedAsync(app.Server);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));
        using var visitor = app.Server.CreateClient();
        using (var before = await visitor.GetAsync("/r/mila-spring", Ct))
        {
            Assert.Equal(HttpStatusCode.Redirect, before.StatusCode); // the link is now remembered by the redirect
        }

        using var content = new StringContent("""{"influencer_handle":"mila","platform":"instagram","promo_code":null,"link_code":null}""",
            Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(Route, content, Ct);

        var saved = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, saved.GetProperty("promo_code").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, saved.GetProperty("link_code").ValueKind);
        Assert.Equal(("https://shop.example/spring", 500m), (saved.GetProperty("destination_url").GetString(), saved.GetProperty("fee").GetDecimal()));
        using var after = await visitor.GetAsync("/r/mila-spring", Ct);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
    }

    [Theory]
    [InlineData("promo_code")]
    [InlineData("link_code")]
    [InlineData("destination_url")]
    public async Task Api_EmptyText_Is400NamingTheField_NothingChanged(string field)
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await CampaignEndpointTests.SeedAsync(app.Server);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var content = new StringContent($$"""{"influencer_handle":"mila","platform":"instagram","fee":1,"{{field}}":" "}""", Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync(Route, content, Ct)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith(field + ":", problem.Detail(), StringComparison.Ordinal);
        var terms = await TermsAsync(app.Server, workspace);
        Assert.Equal((50_000L, "MILA10", "mila-spring"), (terms.FeeMinor, terms.PromoCode, terms.LinkCode));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DashboardForm_PrefilledChangeWithBlankFields_KeepsThem_RemoveBoxClearsOnlyItsField(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await CampaignEndpointTests.SeedAsync(app.Server);
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Analyst, Ct);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "ana@acme.test", Password)).Dispose();
        var terms = await TermsAsync(app.Server, workspace);
        var campaignId = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Select(c => c.Id).SingleAsync(Ct));
        var page = $"/campaigns/{campaignId}";

        var form = await (await client.GetAsync($"{page}?edit={terms.Id}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("name=\"promoCode\" maxlength=\"64\" value=\"MILA10\"", form, StringComparison.Ordinal);
        Assert.Contains("value=\"mila-spring\"", form, StringComparison.Ordinal);
        Assert.Contains("name=\"remove\" value=\"promo_code\"", form, StringComparison.Ordinal);

        // A fee typed with the code fields left blank (as the form was before it was prefilled).
        using var feeOnly = await PostFormAsync(client, page, new() { ["influencerHandle"] = "mila", ["platform"] = "instagram", ["fee"] = "800",
            ["promoCode"] = "", ["linkCode"] = "", ["destinationUrl"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, feeOnly.StatusCode);
        var kept = await TermsAsync(app.Server, workspace);
        Assert.Equal((80_000L, "MILA10", "mila-spring", "https://shop.example/spring"), (kept.FeeMinor, kept.PromoCode, kept.LinkCode, kept.DestinationUrl));

        using var removeCode = await PostFormAsync(client, page, new() { ["influencerHandle"] = "mila", ["platform"] = "instagram",
            ["promoCode"] = "MILA10", ["remove"] = "promo_code" });
        Assert.Equal(HttpStatusCode.Redirect, removeCode.StatusCode);
        var cleared = await TermsAsync(app.Server, workspace);
        Assert.Equal((80_000L, null, "mila-spring"), (cleared.FeeMinor, cleared.PromoCode, cleared.LinkCode));
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        fields[DashboardLogin.TokenField] = await DashboardLogin.AntiforgeryTokenAsync(client, page);
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(page, form, Ct);
    }

    private static Task<Collaboration> TermsAsync(CloutServer server, WorkspaceInfo workspace) =>
        server.InScopeAsync(workspace, s =>
        {
            var db = s.GetRequiredService<CloutDbContext>();
            return db.Collaborations.AsNoTracking().SingleAsync(c => db.Influencers.Any(i => i.Id == c.InfluencerId && i.Handle == "mila"), Ct);
        });
}
