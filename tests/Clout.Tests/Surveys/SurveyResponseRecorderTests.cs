using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Clout.Core.Surveys;
using Clout.Hosting;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Storage.Workspaces;
using Clout.Surveys;
using Clout.Testing;
using Clout.Tests.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Surveys;

/// <summary>
/// The group commit of public survey responses: many requests share a commit, each is answered only after it, the
/// rules (one answer per respondent, a bad response) stay exact per response, and a graceful stop drains the queue.
/// </summary>
public sealed class SurveyResponseRecorderTests
{
    private const string CommitSize = "clout.survey_responses.commit.size";

    private static CancellationToken Ct => WebTest.Ct;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Respond_ManyParallelUniqueAndRepeatedRespondents_OneRowEach_201sEqualRows_SharedCommits(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var (surveyId, publicId, version) = await LiveSurveyAsync(shop.Client());
        using var sizes = new CommitSizes(app.Server.Services.GetRequiredService<IMeterFactory>());
        using var client = app.Server.CreateClient();
        // 200 unique respondents and 50 who each send 4 requests at once: 250 rows, 150 duplicates.
        var respondents = Enumerable.Range(0, 200).Select(i => $"unique-{i}").Concat(Enumerable.Range(0, 200).Select(i => $"repeat-{i % 50}")).ToList();

        var statuses = await Task.WhenAll(respondents.Select(async (respondent, i) =>
        {
            var body = $"{{\"version\":{version},\"respondent_id\":\"{respondent}\",\"answers\":{{\"nps\":{{\"value\":{i % 11}}}}}}}";
            using var response = await client.PostAsync($"/api/v1/public/surveys/{publicId}/responses", Json(body), Ct);
            return (respondent, response.StatusCode);
        }));

        var stored = await shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().SurveyResponses
            .Where(r => r.SurveyId == surveyId).Select(r => r.RespondentHash).ToListAsync(Ct));
        Assert.Equal(250, statuses.Count(s => s.StatusCode == HttpStatusCode.Created));
        Assert.Equal(150, statuses.Count(s => s.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(250, stored.Count);
        Assert.Equal(250, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.All(statuses.Where(s => s.respondent.StartsWith("repeat-", StringComparison.Ordinal)).GroupBy(s => s.respondent),
            g => Assert.Equal(1, g.Count(s => s.StatusCode == HttpStatusCode.Created)));
        // Every response went through a commit, and some commits carried more than one.
        Assert.Equal(400, sizes.Total);
        Assert.True(sizes.Largest > 1, $"every commit held one response (largest {sizes.Largest})");
        var queue = Assert.Single(app.Server.Services.GetServices<IIntakeQueue>(), q => q.Name == "survey_responses");
        Assert.Equal(0, queue.Depth);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task CommitAsync_BadResponseAmongGoodOnesInOneBatch_OnlyItIsNotStored(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var shop = await Shop.CreateAsync(app.Server);
        var (surveyId, _, version) = await LiveSurveyAsync(shop.Client());
        var recorder = app.Server.Services.GetRequiredService<SurveyResponseRecorder>();
        // A response to a survey that no longer exists (deleted while it waited) breaks the survey's foreign key.
        var drafts = Enumerable.Range(0, 60).Select(i => Draft(shop.Workspace.Id, i == 30 ? surveyId + 1_000 : surveyId, version, $"r{i}")).ToList();

        var outcomes = await Task.WhenAll(drafts.Select(async draft =>
        {
            try
            {
                return (await recorder.CommitAsync(draft, Ct)).ResponseId is not null;
            }
            catch (IntakeNotStoredException)
            {
                return false;
            }
        }));

        Assert.Equal(Enumerable.Range(0, 60).Select(i => i != 30), outcomes);
        var stored = await shop.Server.InScopeAsync(shop.Workspace, s => s.GetRequiredService<CloutDbContext>().SurveyResponses.CountAsync(Ct));
        Assert.Equal(59, stored);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stop_ResponsesQueued_AllCommittedBeforeTheServerStops(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var server = await CloutServer.StartAsync(database.ConnectionString, Ct);
        List<Task<SurveyIntakeResult>> queued;
        WorkspaceInfo workspace;
        try
        {
            var shop = await Shop.CreateAsync(server);
            workspace = shop.Workspace;
            var (surveyId, _, version) = await LiveSurveyAsync(shop.Client());
            var recorder = server.Services.GetRequiredService<SurveyResponseRecorder>();
            queued = [.. Enumerable.Range(0, 500).Select(i => recorder.CommitAsync(Draft(workspace.Id, surveyId, version, $"r{i}"), Ct))];
        }
        finally
        {
            await server.DisposeAsync();
        }

        var results = await Task.WhenAll(queued);
        Assert.All(results, r => Assert.NotNull(r.ResponseId));
        await using var scope = database.CreateScope(workspace.Id, workspace.Name);
        Assert.Equal(500, await scope.ServiceProvider.GetRequiredService<CloutDbContext>().SurveyResponses.CountAsync(Ct));
    }

    private static SurveyResponseDraft Draft(long workspaceId, long surveyId, int version, string respondent) =>
        new(workspaceId, surveyId, new RecurrencePolicy(null, null), version, SurveyRespondents.Hash(respondent), null, false, null, null, null,
            """{"nps":{"value":9}}""", new DateTime(2026, 3, 9, 12, 0, 0, DateTimeKind.Utc));

    private static async Task<(long Id, string PublicId, int Version)> LiveSurveyAsync(HttpClient client)
    {
        using var created = await client.PostAsync("/api/v1/surveys", Json("""{"template":"nps"}"""), Ct);
        var id = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64();
        using var published = await client.PostAsync($"/api/v1/surveys/{id}/publish", null, Ct);
        var live = await published.JsonAsync(HttpStatusCode.OK);
        return (id, live.GetProperty("public_id").GetString()!, live.GetProperty("live_version").GetInt32());
    }

    /// <summary>The commit sizes this app's meter records (other tests' apps have meters of their own).</summary>
    private sealed class CommitSizes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _total;
        private int _largest;

        public CommitSizes(IMeterFactory meters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == CommitSize && ReferenceEquals(instrument.Meter.Scope, meters))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
            {
                Interlocked.Add(ref _total, size);
                var largest = _largest;
                while (size > largest && Interlocked.CompareExchange(ref _largest, size, largest) != largest)
                {
                    largest = _largest;
                }
            });
            _listener.Start();
        }

        public long Total => Interlocked.Read(ref _total);

        public int Largest => Volatile.Read(ref _largest);

        public void Dispose() => _listener.Dispose();
    }
}
