using System.Net;
using System.Text;
using Clout.Storage.Model;
using Clout.Testing;
using Clout.Tests.Orders;

namespace Clout.Tests.Imports;

/// <summary>
/// Two imports that race for the same unique key: the loser gets the same "already used" error, with line and field,
/// as it would have got one import later, never a 500 from the unique index.
/// </summary>
public sealed class ImportRaceTests
{
    /// <summary>Rounds of the race: each one a new code, so that each round is a fresh race (on the old code a few lost it with a 500).</summary>
    private const int Rounds = 12;

    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportCollaborations_SameNewLinkCodeInTwoWorkspacesAtOnce_OneWinsTheOtherIsToldItIsUsed(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var a = await Shop.CreateAsync(app.Server, "brand-a");
        var b = await Shop.CreateAsync(app.Server, "brand-b");
        using var clientA = a.Client();
        using var clientB = b.Client();

        for (var round = 0; round < Rounds; round++)
        {
            var csv = $"campaign,influencer_handle,platform,fee,link_code\nsummer,mila,instagram,100,shared-{round}";
            var answers = await AtOnce.SendAsync(
                () => clientA.PostAsync("/api/v1/imports/collaborations", Csv(csv), Ct),
                () => clientB.PostAsync("/api/v1/imports/collaborations", Csv(csv), Ct));

            var statuses = answers.Select(r => r.Status).Order().ToArray();
            Assert.True(statuses is [HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity],
                $"round {round}: {string.Join(" | ", answers.Select(r => $"{(int)r.Status} {r.Body}"))}");
            var refused = answers.Single(r => r.Status == HttpStatusCode.UnprocessableEntity).Body;
            Assert.Contains("\"line\":2", refused, StringComparison.Ordinal);
            Assert.Contains("\"field\":\"link_code\"", refused, StringComparison.Ordinal);
            Assert.Contains($"'shared-{round}' is already used", refused, StringComparison.Ordinal);
        }
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ImportCollaborations_SameNewPromoCodeTwiceInOneWorkspaceAtOnce_NeverA500(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        using var client = shop.Client();

        for (var round = 0; round < Rounds; round++)
        {
            // Two new campaigns (their names race too) each giving the same new promo code to a different influencer.
            var first = $"campaign,influencer_handle,platform,fee,promo_code\nsummer-{round},mila,instagram,100,SUMMER{round}";
            var second = $"campaign,influencer_handle,platform,fee,promo_code\nsummer-{round},noor,instagram,100,SUMMER{round}";
            var answers = await AtOnce.SendAsync(
                () => client.PostAsync("/api/v1/imports/collaborations", Csv(first), Ct),
                () => client.PostAsync("/api/v1/imports/collaborations", Csv(second), Ct));

            var statuses = answers.Select(r => r.Status).Order().ToArray();
            Assert.True(statuses is [HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity],
                $"round {round}: {string.Join(" | ", answers.Select(r => $"{(int)r.Status} {r.Body}"))}");
            var refused = answers.Single(r => r.Status == HttpStatusCode.UnprocessableEntity).Body;
            Assert.Contains("\"field\":\"promo_code\"", refused, StringComparison.Ordinal);
            Assert.Contains($"'SUMMER{round}' is already used", refused, StringComparison.Ordinal);
        }
    }

    private static StringContent Csv(string csv) => new(csv, Encoding.UTF8, "text/csv");
}
