using System.Net;
using System.Net.Http.Json;
using Clout.Storage.Model;
using Clout.Testing;

namespace Clout.Tests.Campaigns;

/// <summary>Two requests creating the same campaign at once: one is created, the other told it exists, never a 500.</summary>
public sealed class CampaignRaceTests
{
    private const int Rounds = 12;

    private static CancellationToken Ct => WebTest.Ct;

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Create_SameNameTwiceAtOnce_OneIsCreatedTheOtherIs409(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        using var client = app.Server.CreateClient(await app.Server.CreateApiKeyAsync(workspace, Ct));

        for (var round = 0; round < Rounds; round++)
        {
            var name = $"Autumn {round}";
            var answers = await AtOnce.SendAsync(
                () => client.PostAsJsonAsync("/api/v1/campaigns", new { name, goal = "conversion" }, Ct),
                () => client.PostAsJsonAsync("/api/v1/campaigns", new { name, goal = "blend" }, Ct));

            var statuses = answers.Select(r => r.Status).Order().ToArray();
            Assert.True(statuses is [HttpStatusCode.Created, HttpStatusCode.Conflict],
                $"round {round}: {string.Join(" | ", answers.Select(r => $"{(int)r.Status} {r.Body}"))}");
            Assert.Contains($"a campaign named '{name}' already exists", answers.Single(r => r.Status == HttpStatusCode.Conflict).Body, StringComparison.Ordinal);
        }
    }
}
