using System.Net;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Campaigns;

public sealed class ReconciliationEndpointTests
{
    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task GetReconciliation_KnownCampaign_ListsSignalsWinnersAndLeakage(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await SmallShop.SeedAsync(app.Server, workspace, Ct);
        var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var response = await client.GetAsync("/api/v1/campaigns/Spring/reconciliation", Ct);

        var body = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Spring", body.GetProperty("campaign").GetString());
        var rows = body.GetProperty("collaborations").EnumerateArray().ToDictionary(r => r.GetProperty("influencer").GetString()!);
        Assert.Equal(["mila", "noor", "otto", "star1", "star2", "star3"], rows.Keys);
        var mila = rows["mila"];
        // Both of mila's orders carry only her code, and both were won by it.
        Assert.Equal((2, 0, 0), (mila.GetProperty("signals").GetProperty("code").GetInt32(), mila.GetProperty("signals").GetProperty("click").GetInt32(), mila.GetProperty("signals").GetProperty("survey").GetInt32()));
        Assert.Equal(0, mila.GetProperty("overlaps").GetProperty("code_and_click").GetInt32());
        Assert.Equal(2, mila.GetProperty("won").GetProperty("code").GetInt32());
        Assert.Equal("MILA10", mila.GetProperty("promo_code").GetString());
        var flag = Assert.Single(mila.GetProperty("leakage").EnumerateArray());
        Assert.Equal(("mila-order-1", "coupon_site"), (flag.GetProperty("order_id").GetString(), flag.GetProperty("kind").GetString()));
        Assert.Contains("retailmenot.com", flag.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Empty(rows["noor"].GetProperty("leakage").EnumerateArray());
    }

    [Fact]
    public async Task GetReconciliation_UnknownCampaign_IsNotFoundProblem()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        using var response = await client.GetAsync("/api/v1/campaigns/Nope/reconciliation", Ct);

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("'Nope'", problem.Detail());
    }
}
