using System.Net;
using Clout.Core.Access;
using Clout.Storage.Model;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Tests.Dashboard.AdminPages;

namespace Clout.Tests.Dashboard;

/// <summary>The workspace settings page over real HTTP: owners change what `clout workspace settings` changes, with the same checks; nobody else gets in.</summary>
public sealed class SettingsPageTests
{
    private static CancellationToken Ct => WebTest.Ct;

    private static Dictionary<string, string> Fields(string margin = "40%", string window = "14", string domains = "Shop.example.com, www.shop.example.com",
        string origins = "https://shop.example.com", string secret = "") => new()
        {
            ["margin"] = margin, ["attribution_window_days"] = window, ["shop_domains"] = domains, ["survey_origins"] = origins, ["shopify_secret"] = secret,
        };

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Settings_Owner_SavesEverySettingAndNeverShowsTheSecret(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server);
        using var client = await SignedInAsync(app, Role.Owner);

        var before = await HtmlAsync(await client.GetAsync("/settings", Ct));
        using var saved = await PostAsync(client, "/settings", Fields(secret: "shpss_very-secret-value"));
        var after = await HtmlAsync(await client.GetAsync(saved.Headers.Location!.OriginalString, Ct));

        Assert.Contains("href=\"/settings\"", await HtmlAsync(await client.GetAsync("/", Ct))); // the owner's menu
        Assert.Contains("data-field=\"shopify-secret\">not set<", before);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Saved.", after);
        Assert.Contains("data-field=\"shopify-secret\">set<", after);
        Assert.Contains("value=\"40%\"", after);
        Assert.Contains("value=\"shop.example.com, www.shop.example.com\"", after);
        Assert.DoesNotContain("very-secret", after);
        var settings = await SettingsAsync(app, workspace);
        Assert.Equal((0.4, 14, "shop.example.com,www.shop.example.com", "https://shop.example.com", true),
            (settings.GrossMargin, settings.AttributionWindowDays, string.Join(",", settings.ShopDomains), string.Join(",", settings.SurveyOrigins), settings.HasShopifySecret));

        // A blank secret keeps the stored one; a blank margin clears it; "remove" forgets the secret.
        using var kept = await PostAsync(client, "/settings", Fields(margin: ""));
        Assert.Equal((null, true), ((await SettingsAsync(app, workspace)).GrossMargin, (await SettingsAsync(app, workspace)).HasShopifySecret));
        using var removed = await PostAsync(client, "/settings", new Dictionary<string, string>(Fields()) { ["remove_shopify_secret"] = "true" });
        Assert.False((await SettingsAsync(app, workspace)).HasShopifySecret);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Settings_WooCommerceSecret_IsStoredBesideShopifysNeverShownAndRemovable(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server);
        using var client = await SignedInAsync(app, Role.Owner);

        var before = await HtmlAsync(await client.GetAsync("/settings", Ct));
        using var saved = await PostAsync(client, "/settings", new Dictionary<string, string>(Fields()) { ["woocommerce_secret"] = "ck_woo-very-secret" });
        var after = await HtmlAsync(await client.GetAsync(saved.Headers.Location!.OriginalString, Ct));

        Assert.Contains("data-field=\"woocommerce-secret\">not set<", before);
        Assert.Contains("/webhooks/woocommerce/", before);
        Assert.Contains("data-field=\"woocommerce-secret\">set<", after);
        Assert.Contains("data-field=\"shopify-secret\">not set<", after);
        Assert.DoesNotContain("very-secret", after);
        Assert.Equal((true, false), ((await SettingsAsync(app, workspace)).HasWooCommerceSecret, (await SettingsAsync(app, workspace)).HasShopifySecret));
        using var kept = await PostAsync(client, "/settings", Fields());
        Assert.True((await SettingsAsync(app, workspace)).HasWooCommerceSecret);
        using var tooLong = await PostAsync(client, "/settings", new Dictionary<string, string>(Fields()) { ["woocommerce_secret"] = new string('s', 501) });
        Assert.Contains("WooCommerce secret is 501 characters long", await HtmlAsync(tooLong, HttpStatusCode.BadRequest));
        using var removed = await PostAsync(client, "/settings", new Dictionary<string, string>(Fields()) { ["remove_woocommerce_secret"] = "true" });
        Assert.False((await SettingsAsync(app, workspace)).HasWooCommerceSecret);
    }

    [Theory]
    [InlineData("margin", "forty", "Gross margin must be a fraction between 0 and 1")]
    [InlineData("margin", "150%", "Gross margin must be a fraction between 0 and 1")]
    [InlineData("attribution_window_days", "120", "Attribution window must be 1-90")]
    [InlineData("attribution_window_days", "a week", "Attribution window must be 1-90")]
    [InlineData("shop_domains", "shop.example.com, not a host!", "Shop domains: 'not' is not a host name")]
    [InlineData("survey_origins", "https://shop.example.com/checkout", "Survey origins: 'https://shop.example.com/checkout' is not an origin")]
    public async Task Settings_BadValue_NamesTheFieldAndChangesNothing(string field, string value, string message)
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await SeedAsync(app.Server);
        using var client = await SignedInAsync(app, Role.Owner);

        using var refused = await PostAsync(client, "/settings", new Dictionary<string, string>(Fields(secret: "shpss_new")) { [field] = value });

        var html = await HtmlAsync(refused, HttpStatusCode.BadRequest);
        Assert.Contains("Nothing was changed", html);
        Assert.Contains(message, WebUtility.HtmlDecode(html));
        var settings = await SettingsAsync(app, workspace);
        Assert.Equal((null, 7, 0, 0, false),
            (settings.GrossMargin, settings.AttributionWindowDays, settings.ShopDomains.Count, settings.SurveyOrigins.Count, settings.HasShopifySecret));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Settings_ViewerAndAnalyst_SeeNoAdministrationAndCannotPost(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await SeedAsync(app.Server);
        foreach (var role in new[] { Role.Viewer, Role.Analyst })
        {
            using var client = await SignedInAsync(app, role);
            var overview = await HtmlAsync(await client.GetAsync("/", Ct));
            Assert.DoesNotContain("href=\"/settings\"", overview);
            foreach (var path in new[] { "/settings", "/settings/keys", "/settings/users" })
            {
                using var page = await client.GetAsync(path, Ct);
                Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
                Assert.StartsWith("/account/denied", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
            using var post = await PostAsync(client, "/settings", Fields(), tokenFrom: "/");
            using var key = await PostAsync(client, "/settings/keys?handler=Create", new Dictionary<string, string> { ["scope"] = "owner" }, tokenFrom: "/");
            using var user = await PostAsync(client, "/settings/users?handler=Role", new Dictionary<string, string> { ["email"] = Email(role), ["role"] = "owner" }, tokenFrom: "/");
            Assert.All([post, key, user], r => Assert.StartsWith("/account/denied", r.Headers.Location?.PathAndQuery ?? "", StringComparison.Ordinal));
        }
        var settings = await SettingsAsync(app, workspace);
        Assert.Equal((null, 7, 0), (settings.GrossMargin, settings.AttributionWindowDays, settings.ShopDomains.Count));
        var (keys, users) = await app.Server.InScopeAsync(workspace, async s =>
            ((await s.GetRequiredService<ApiKeyStore>().ListAsync(Ct)).Count, await s.GetRequiredService<UserStore>().ListAsync(Ct)));
        Assert.Equal(0, keys);
        Assert.Equal([Role.Analyst, Role.Owner, Role.Viewer], users.Select(u => u.Role));
    }

    private static Task<WorkspaceSettings> SettingsAsync(RunningApp app, WorkspaceInfo workspace) =>
        app.Server.InScopeAsync(workspace, s => s.GetRequiredService<WorkspaceSettingsStore>().GetAsync(workspace.Id, Ct));
}
