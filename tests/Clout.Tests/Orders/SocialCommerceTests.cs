using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Clout.Core.Access;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Orders;

/// <summary>
/// A TikTok Shop affiliate orders export sent to the import endpoint as it comes: its orders credit the creators it
/// names, in the order API, the campaign's reconciliation and the conversion and tier reports.
/// </summary>
public sealed class SocialCommerceTests
{
    private const string Roster = "handle,platform,followers\nmila.tt,tiktok,40000\nstar.tt,tiktok,3000000";

    private const string Collaborations = "campaign,influencer_handle,platform,fee\nSpring,mila.tt,tiktok,100\nSpring,star.tt,tiktok,1000";

    // Excel's BOM, one order over two product rows, a refunded order (ineligible) left out, a handle with its @.
    private const string Export = "\uFEFFOrder ID,Product Name,SKU ID,Quantity,Payment Amount,Currency,Order status,Content type,Creator Username,Estimated commission,Order created time\n"
        + "5801,Oat Bar,11,1,$24.99,USD,Settled,Video,mila.tt,$3.75,2026/03/10 14:05:09\n"
        + "5801,Electrolyte Sticks,12,2,$12.50,USD,Settled,Video,mila.tt,$1.88,2026/03/10 14:05:09\n"
        + "5802,Oat Bar,11,1,$30.00,USD,Pending,LIVE,@mila.tt,$4.50,2026/03/11 20:00:00\n"
        + "5803,Shaker,13,1,\"$1,049.00\",USD,Settled,Showcase,star.tt,$104.90,2026/03/12 09:30:00\n"
        + "5804,Shaker,13,1,$15.00,USD,Ineligible,Video,star.tt,$0.00,2026/03/13 09:30:00\n";

    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportTikTokShopAffiliateExport_OrdersCreditTheirCreatorsInEveryReport(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.ImportCsvAsync(workspace, ImportKind.Influencers, Roster, Ct);
        await app.Server.ImportCsvAsync(workspace, ImportKind.Collaborations, Collaborations, Ct);
        var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var import = await client.PostAsync("/api/v1/imports/orders", Csv(Export), Ct);

        var imported = await import.JsonAsync(HttpStatusCode.OK);
        Assert.Equal((3, 3), (imported.GetProperty("rows").GetInt32(), imported.GetProperty("inserted").GetInt32()));

        using var orderResponse = await client.GetAsync("/api/v1/orders/5801", Ct);
        var order = await orderResponse.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("creator", 37.49m, "USD"), (order.GetProperty("attribution_source").GetString(), order.GetProperty("total").GetDecimal(), order.GetProperty("currency").GetString()));
        var milaCollaboration = order.GetProperty("attributed_collaboration_id").GetInt64();
        Assert.Equal(milaCollaboration, order.GetProperty("signals").GetProperty("creator_collaboration_id").GetInt64());

        using var reconciliationResponse = await client.GetAsync("/api/v1/campaigns/Spring/reconciliation", Ct);
        var reconciliation = (await reconciliationResponse.JsonAsync(HttpStatusCode.OK)).GetProperty("collaborations").EnumerateArray()
            .ToDictionary(c => c.GetProperty("influencer").GetString()!);
        Assert.Equal((2, 2, 0), (reconciliation["mila.tt"].GetProperty("signals").GetProperty("creator").GetInt32(),
            reconciliation["mila.tt"].GetProperty("won").GetProperty("creator").GetInt32(), reconciliation["mila.tt"].GetProperty("won").GetProperty("code").GetInt32()));
        Assert.Equal(1, reconciliation["star.tt"].GetProperty("won").GetProperty("creator").GetInt32());

        using var conversionsResponse = await client.GetAsync("/api/v1/reports/conversions?campaign=Spring", Ct);
        var conversions = (await conversionsResponse.JsonAsync(HttpStatusCode.OK)).GetProperty("influencers").EnumerateArray()
            .ToDictionary(r => r.GetProperty("handle").GetString()!);
        Assert.Equal(2, conversions["mila.tt"].GetProperty("orders").GetInt32());
        Assert.Equal(1, conversions["star.tt"].GetProperty("orders").GetInt32());

        using var tiersResponse = await client.GetAsync("/api/v1/reports/tiers", Ct);
        var report = await tiersResponse.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("USD", report.GetProperty("currency").GetString());
        var tiers = report.GetProperty("tiers").EnumerateArray().ToDictionary(t => t.GetProperty("tier").GetString()!, t => t.GetProperty("metrics"));
        // One influencer per tier: the median is its own figure. mila.tt: 37.49 + 30.00 = 67.49 over 2 orders.
        Assert.Equal(2, tiers["micro"].GetProperty("orders").GetProperty("value").GetDouble());
        Assert.Equal(67.49, tiers["micro"].GetProperty("revenue").GetProperty("value").GetDouble(), 1e-9);
        Assert.Equal(1, tiers["celebrity"].GetProperty("orders").GetProperty("value").GetDouble());

        // The campaign page shows the creator columns beside code, click and survey.
        await app.Server.CreateUserAsync(workspace, "ana@acme.test", Password, Role.Viewer, Ct);
        using var browser = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(browser, "ana@acme.test", Password)).Dispose();
        var campaignId = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<CloutDbContext>().Campaigns.Select(c => c.Id).SingleAsync(Ct));
        var html = await (await browser.GetAsync($"/campaigns/{campaignId}", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("<th class=\"num\">Named by the shop</th>", html);
        var row = Regex.Match(html, "<td>@mila.tt</td>((\\s*<td class=\"num\">\\d+</td>)+)");
        Assert.True(row.Success, "no reconciliation row for @mila.tt");
        // Named by the shop 2; with code, click, survey, code and click 0; won by creator 2, by code, click, survey 0.
        Assert.Equal([2, 0, 0, 0, 0, 2, 0, 0, 0], Regex.Matches(row.Groups[1].Value, "\\d+").Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)));
    }

    private static StringContent Csv(string text)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
