using Clout.Core.Names;
using Clout.Core.Orders;
using Clout.Core.Roster;
using Clout.Core.Surveys;
using Clout.Storage.Ingestion;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Reads;
using Clout.Storage.Reports;
using Clout.Storage.Surveys;
using Clout.Storage.Tests.Orders;
using Clout.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Clout.Storage.Tests.StorageTestExtensions;

namespace Clout.Storage.Tests.Surveys;

public sealed class SurveyStoreTests
{
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Versions_EditingPublished_MakesNewDraft_LiveKeepsServingPublished(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        await using var scope = database.CreateScope(f.Workspace);
        var store = scope.ServiceProvider.GetRequiredService<SurveyStore>();
        var intake = scope.ServiceProvider.GetRequiredService<SurveyIntake>();

        var created = await store.CreateAsync("After your order", SurveyTemplates.PostPurchase, null, null, Ct);
        Assert.Equal((SurveyState.Draft, 1, (int?)null), (created.State, created.Version, created.LiveVersion));
        Assert.Equal("After your order", created.Definition.Title);
        Assert.Equal(["@mila", "@noor"], created.Definition.Questions[0].Options!.Select(o => o.Label));
        Assert.True(created.PublicId.Length >= 10);
        Assert.Null(await intake.FindLiveAsync(created.PublicId, Ct));

        var edited = await store.UpdateDefinitionAsync(created.Id, created.Definition with { Intro = "draft edit" }, Ct);
        Assert.Equal((1, "draft edit"), (edited!.Version, edited.Definition.Intro));
        await store.PublishAsync(created.Id, Ct);
        var v2 = await store.UpdateDefinitionAsync(created.Id, created.Definition with { Intro = "second" }, Ct);

        Assert.Equal((2, 1, SurveyState.Live), (v2!.Version, v2.LiveVersion, v2.State));
        var live = await intake.FindLiveAsync(created.PublicId, Ct);
        Assert.Equal((1, "draft edit"), (live!.Version, live.Definition.Intro));
        await store.CloseAsync(created.Id, Ct);
        Assert.Null(await intake.FindLiveAsync(created.PublicId, Ct));
    }

    [Fact]
    public async Task Create_BadDefinitionOrTemplate_NamesTheProblemAndStoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        await using var scope = database.CreateScope(f.Workspace);
        var store = scope.ServiceProvider.GetRequiredService<SurveyStore>();

        var bad = await Assert.ThrowsAsync<SurveyProblemsException>(() => store.CreateAsync(null, null,
            new SurveyDefinition("T", null, null, [new SurveyQuestion("q1", QuestionType.SingleChoice, "Pick")]), null, Ct));
        var template = await Assert.ThrowsAsync<SurveyProblemsException>(() => store.CreateAsync(null, "quiz", null, null, Ct));

        Assert.Equal("q1", Assert.Single(bad.Problems).Field);
        Assert.Contains("post_purchase", template.Message, StringComparison.Ordinal);
        Assert.Empty(await store.ListAsync(Ct));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Take_ConcurrentDuplicates_StoreOneRow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var survey = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => TakeAsync(database, f, survey, "same-person", "inf_" + f.MilaInfluencer)));

        Assert.Equal(1, results.Count(r => !r.Duplicate));
        Assert.Equal(1, await database.QueryAsync(f.Workspace, db => db.SurveyResponses.CountAsync(Ct)));
        await using var scope = database.CreateScope(f.Workspace);
        Assert.Equal(results.Single(r => !r.Duplicate).ResponseId, await scope.ServiceProvider.GetRequiredService<SurveyStore>().LatestResponseIdAsync(survey.SurveyId, Ct));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Take_OrderStoredFirst_GetsSurveySignal_CodeStillWins(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var survey = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);
        await f.TakeAsync(PurchaseFixture.Order("plain"));
        await f.TakeAsync(PurchaseFixture.Order("coded", codes: ["MILA10"]));

        await TakeAsync(database, f, survey, "r1", "inf_" + f.NoorInfluencer, orderId: "plain", token: TokenOf("plain"));
        await TakeAsync(database, f, survey, "r2", "other", text: "saw it on @noor", orderId: "coded", token: TokenOf("coded"));

        var plain = (await f.TakeAsync(PurchaseFixture.Order("plain"))).Order!;
        var coded = (await f.TakeAsync(PurchaseFixture.Order("coded"))).Order!;
        Assert.Equal(("survey", f.Noor, f.Noor), (plain.AttributionSource.ToName(), plain.AttributedCollaborationId, plain.SurveyCollaborationId));
        Assert.Equal(("code", f.Mila, f.Noor), (coded.AttributionSource.ToName(), coded.AttributedCollaborationId, coded.SurveyCollaborationId));
    }

    /// <summary>A survey answer arriving after a shop export's creator is kept as a signal, and the creator keeps the credit.</summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Take_OrderWithCreatorStoredFirst_GetsSurveySignal_CreatorStillWins(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var survey = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);
        await f.TakeAsync(PurchaseFixture.Order("shop") with { Creator = new OrderCreator(Platform.Instagram, "Mila") });

        await TakeAsync(database, f, survey, "r1", "inf_" + f.NoorInfluencer, orderId: "shop", token: TokenOf("shop"));

        var order = (await f.TakeAsync(PurchaseFixture.Order("shop"))).Order!;
        Assert.Equal(("creator", f.Mila, f.Mila, f.MilaInfluencer, f.Noor),
            (order.AttributionSource.ToName(), order.AttributedCollaborationId, order.CreatorCollaborationId, order.CreatorInfluencerId, order.SurveyCollaborationId));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OrderIntake_ResponseArrivedFirst_FindsIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var survey = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);

        await TakeAsync(database, f, survey, "r1", "other", text: "Mila!!", orderId: "later", token: TokenOf("later"));
        var order = (await f.TakeAsync(PurchaseFixture.Order("later"))).Order!;

        Assert.Equal(("survey", f.Mila), (order.AttributionSource.ToName(), order.SurveyCollaborationId));
        var stored = await database.QueryAsync(f.Workspace, db => db.SurveyResponses.SingleAsync(Ct));
        Assert.Equal((f.MilaInfluencer, 1.0), (stored.InfluencerId, stored.MatchConfidence));
    }

    /// <summary>
    /// The window runs from the answer's arrival to the order's first arrival, both by Clout's clock: an answer taken
    /// three days ago no longer waits for its order, one taken yesterday does, and a re-import keeps what the first
    /// arrival earned.
    /// </summary>
    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task OrderIntake_VerifiedAnswer_CreditsOnlyAnOrderArrivingByItsDeadline_ReimportKeepsIt(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var survey = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);
        var now = DateTime.UtcNow;

        await TakeAsync(database, f, survey, "r1", "inf_" + f.MilaInfluencer, orderId: "stale", token: TokenOf("stale"), clock: new MovableClock(now.AddDays(-3)));
        await TakeAsync(database, f, survey, "r2", "inf_" + f.MilaInfluencer, orderId: "fresh", token: TokenOf("fresh"), clock: new MovableClock(now.AddDays(-1)));
        await TakeAsync(database, f, survey, "r3", "inf_" + f.MilaInfluencer, orderId: "unproven", clock: new MovableClock(now.AddDays(-1)));
        var stale = (await f.TakeAsync(PurchaseFixture.Order("stale"))).Order!;
        var fresh = (await f.TakeAsync(PurchaseFixture.Order("fresh"))).Order!;
        var unproven = (await f.TakeAsync(PurchaseFixture.Order("unproven"))).Order!;
        (await database.ImportCsvAsync(f.Workspace, ImportKind.Orders, "order_id,at,total,currency\nfresh,2026-03-10T12:00:00Z,49.90,EUR")).AssertSucceeded();

        Assert.Equal(("none", (long?)null), (stale.AttributionSource.ToName(), stale.SurveyCollaborationId));
        Assert.Equal(("survey", (long?)f.Mila), (fresh.AttributionSource.ToName(), fresh.SurveyCollaborationId));
        Assert.Equal(("none", (long?)null), (unproven.AttributionSource.ToName(), unproven.SurveyCollaborationId));
        var reimported = await database.QueryAsync(f.Workspace, db => db.Orders.SingleAsync(o => o.ExternalId == "fresh", Ct));
        Assert.Equal(("survey", (long?)f.Mila), (reimported.AttributionSource.ToName(), reimported.SurveyCollaborationId));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Results_GroupByInfluencerAndTier_AndFilter(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var survey = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);
        await TakeAsync(database, f, survey, "a", "inf_" + f.MilaInfluencer, nps: 10);
        await TakeAsync(database, f, survey, "b", "inf_" + f.MilaInfluencer, nps: 9);
        await TakeAsync(database, f, survey, "c", "inf_" + f.NoorInfluencer, nps: 2);
        await using var scope = database.CreateScope(f.Workspace);
        var query = scope.ServiceProvider.GetRequiredService<SurveyResultsQuery>();

        var all = await query.GetAsync(survey.SurveyId, null, null, Ct);
        var micro = await query.GetAsync(survey.SurveyId, null, Tier.Micro, Ct);
        var noor = await query.GetAsync(survey.SurveyId, "@NOOR", null, Ct);

        Assert.Equal(3, all!.Responses);
        Assert.Equal([("micro", 2), ("celebrity", 1)], all.ByTier.Select(t => (t.Key, t.Responses)));
        Assert.Equal(100, all.ByTier[0].Nps!.Value, 9);
        Assert.Equal(2, micro!.Responses);
        Assert.Equal(-100, Assert.Single(noor!.ByInfluencer).Nps!.Value, 9);
        Assert.Null(await query.GetAsync(survey.SurveyId + 100, null, null, Ct));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReport_HasTrustScoreAndNpsPerTier(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var trust = await LiveSurveyAsync(database, f, SurveyTemplates.Trust);
        var heard = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);
        await TakeTrustAsync(database, f, trust, "a", f.MilaInfluencer, 6);
        await TakeTrustAsync(database, f, trust, "b", f.MilaInfluencer, 7);
        await TakeTrustAsync(database, f, trust, "c", f.NoorInfluencer, 3);
        await TakeAsync(database, f, heard, "a", "inf_" + f.MilaInfluencer, nps: 10);
        await TakeAsync(database, f, heard, "c", "inf_" + f.NoorInfluencer, nps: 4);
        await using var scope = database.CreateScope(f.Workspace);

        var report = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), Ct);

        var micro = report.Tiers.Single(t => t.Tier == Tier.Micro).Metrics;
        var celebrity = report.Tiers.Single(t => t.Tier == Tier.Celebrity).Metrics;
        Assert.Equal((6.5, 100.0), (micro["trust_score"].Value, micro["nps"].Value));
        Assert.Equal((3.0, -100.0), (celebrity["trust_score"].Value, celebrity["nps"].Value));
        var empty = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(FromUtc: DateTime.SpecifyKind(DateTime.MaxValue.AddYears(-1), DateTimeKind.Utc)), Ct);
        Assert.DoesNotContain(empty.Tiers, t => t.Metrics.ContainsKey("trust_score"));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task TierReport_HasParasocialAndAuthenticityScoresPerTier_ReverseItemMirrored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var closeness = await LiveSurveyAsync(database, f, SurveyTemplates.Parasocial);
        var authenticity = await LiveSurveyAsync(database, f, SurveyTemplates.Authenticity);
        await TakeTrustAsync(database, f, closeness, "a", f.MilaInfluencer, 5);
        await TakeTrustAsync(database, f, closeness, "b", f.MilaInfluencer, 4);
        await TakeTrustAsync(database, f, closeness, "c", f.NoorInfluencer, 2);
        // Six items answered 6 and the reverse-keyed "would promote anything" answered 6 too, scored 2: 38/7.
        await TakeTrustAsync(database, f, authenticity, "a", f.MilaInfluencer, 6);
        await TakeTrustAsync(database, f, authenticity, "c", f.NoorInfluencer, 1);
        await using var scope = database.CreateScope(f.Workspace);

        var report = await scope.ServiceProvider.GetRequiredService<TierReportQuery>().BuildAsync(new ReportFilter(), Ct);
        var results = await scope.ServiceProvider.GetRequiredService<SurveyResultsQuery>().GetAsync(closeness.SurveyId, null, null, Ct);

        var micro = report.Tiers.Single(t => t.Tier == Tier.Micro).Metrics;
        var celebrity = report.Tiers.Single(t => t.Tier == Tier.Celebrity).Metrics;
        Assert.Equal(4.5, micro["parasocial_score"].Value, 9);
        Assert.Equal(38.0 / 7, micro["authenticity_score"].Value, 9);
        Assert.Equal(2.0, celebrity["parasocial_score"].Value, 9);
        Assert.Equal((1.0 * 6 + 7) / 7, celebrity["authenticity_score"].Value, 9);
        Assert.DoesNotContain("trust_score", micro.Keys);
        Assert.Equal(4.5, results!.ByTier.Single(t => t.Key == "micro").ParasocialScore!.Value, 9);
        var construct = Assert.Single(results.Constructs);
        Assert.Equal((SurveyScales.Parasocial, 8, 3), (construct.Name, construct.Items, construct.AlphaRespondents));
    }

    /// <summary>A trust-template response rating one influencer with the same answer on all fifteen items.</summary>
    private static async Task TakeTrustAsync(TestDatabase database, PurchaseFixture f, PublicSurvey survey, string respondent, long influencer, int value)
    {
        await using var scope = database.CreateScope(f.Workspace);
        var answers = survey.Definition.Questions.ToDictionary(q => q.Id, q => (SurveyAnswer?)(q.Id == SurveyTemplates.CreatorQuestion
            ? new SurveyAnswer(Option: SurveyOption.ForInfluencer(influencer)) : new SurveyAnswer(Value: value)));
        var result = await scope.ServiceProvider.GetRequiredService<SurveyIntake>().TakeAsync(survey, new SurveyResponseInput(survey.Version, respondent, null, answers), OrderProofCheck.None, Ct);
        Assert.False(result.Duplicate);
    }

    [Fact]
    public async Task Take_RepeatingSurvey_AllowsNextWaveAfterItsDays()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        var survey = await LiveSurveyAsync(database, f, SurveyTemplates.Nps, new RecurrencePolicy(90, 2));
        var clock = new MovableClock(PurchaseFixture.OrderAt);

        var first = await TakeAsync(database, f, survey, "p", null, nps: 7, clock: clock);
        clock.Now = clock.Now.AddDays(89);
        var early = await TakeAsync(database, f, survey, "p", null, nps: 8, clock: clock);
        clock.Now = clock.Now.AddDays(1);
        var second = await TakeAsync(database, f, survey, "p", null, nps: 9, clock: clock);
        clock.Now = clock.Now.AddDays(400);
        var capped = await TakeAsync(database, f, survey, "p", null, nps: 9, clock: clock);

        Assert.False(first.Duplicate);
        Assert.Equal(PurchaseFixture.OrderAt.AddDays(90), early.NextAllowedAtUtc);
        Assert.False(second.Duplicate);
        Assert.True(capped.Duplicate);
        Assert.Equal([1, 2], await database.QueryAsync(f.Workspace, db => db.SurveyResponses.OrderBy(r => r.Id).Select(r => r.Wave).ToListAsync(Ct)));
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Write_WhatTheRequestRemembered_IsCheckedAgainInTheBatch(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var f = await PurchaseFixture.CreateAsync(database);
        var remembered = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase, new RecurrencePolicy(30, 3));
        var closing = await LiveSurveyAsync(database, f, SurveyTemplates.PostPurchase);

        // Another node (or the command line) changes what this node remembers: the first survey now takes one answer
        // per respondent, the second is closed, and an influencer named by an answer was never on the roster.
        await database.QueryAsync(f.Workspace, async db =>
        {
            await db.Surveys.Where(s => s.Id == remembered.SurveyId).ExecuteUpdateAsync(s => s.SetProperty(x => x.RepeatEveryDays, (int?)null).SetProperty(x => x.MaxAnswersPerRespondent, 1), Ct);
            return await db.Surveys.Where(s => s.Id == closing.SurveyId).ExecuteUpdateAsync(s => s.SetProperty(x => x.State, SurveyState.Closed), Ct);
        });
        var later = PurchaseFixture.OrderAt.AddDays(40);
        SurveyResponseDraft Draft(PublicSurvey survey, string respondent, long? influencer, DateTime at) =>
            new(f.Workspace.Id, survey.SurveyId, survey.Recurrence, survey.Version, SurveyRespondents.Hash(respondent), null, false, null,
                influencer, influencer is null ? null : 1.0, "{}", at);

        SurveyIntakeResult[] results;
        await using (var scope = database.CreateScope(f.Workspace))
        {
            results = await scope.ServiceProvider.GetRequiredService<SurveyResponseWriter>().WriteAsync(
            [
                Draft(remembered, "a", f.NoorInfluencer, PurchaseFixture.OrderAt),
                Draft(remembered, "a", null, later),
                Draft(remembered, "b", 987_654_321, PurchaseFixture.OrderAt),
                Draft(closing, "c", null, PurchaseFixture.OrderAt),
            ], Ct);
        }

        Assert.Equal((false, true, false, true), (results[0].Duplicate, results[1].Duplicate, results[2].Duplicate, results[3].SurveyNotLive));
        Assert.False(results[3].Duplicate);
        var rows = await database.QueryAsync(f.Workspace, db => db.SurveyResponses.OrderBy(r => r.Id).Select(r => new { r.SurveyId, r.InfluencerId, r.MatchConfidence }).ToListAsync(Ct));
        Assert.Equal([(remembered.SurveyId, (long?)f.NoorInfluencer, (double?)1.0), (remembered.SurveyId, null, null)],
            rows.Select(r => (r.SurveyId, r.InfluencerId, r.MatchConfidence)));
    }

    [Fact]
    public async Task Answered_OnSqlite_SeeksEachRespondent_NotEveryAnswerOfTheSurvey()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var f = await PurchaseFixture.CreateAsync(database);
        await using var scope = database.CreateScope(f.Workspace);
        var db = scope.ServiceProvider.GetRequiredService<CloutDbContext>();
        await db.Database.OpenConnectionAsync(Ct);
        await using var command = SurveyResponseWriter.Answered(db, 1, ["a", "b", "c"]).CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(Ct))
        {
            while (await reader.ReadAsync(Ct))
            {
                plan.Add(reader.GetString(3));
            }
        }

        // The group commit reads this for every batch: a scan of the survey's answers grew with every answer stored.
        Assert.Contains(plan, step => step.Contains("respondent_hash=?", StringComparison.Ordinal));
    }

    internal static async Task<PublicSurvey> LiveSurveyAsync(TestDatabase database, PurchaseFixture f, string template, RecurrencePolicy? recurrence = null)
    {
        await using var scope = database.CreateScope(f.Workspace);
        var store = scope.ServiceProvider.GetRequiredService<SurveyStore>();
        var created = await store.CreateAsync(null, template, null, recurrence, Ct);
        await store.PublishAsync(created.Id, Ct);
        return (await scope.ServiceProvider.GetRequiredService<SurveyIntake>().FindLiveAsync(created.PublicId, Ct))!;
    }

    /// <summary>The workspace's order-proof secret, as the app would hand it to the intake.</summary>
    private const string ProofSecret = "5ec2e7d0c0ffee5ec2e7d0c0ffee5ec2e7d0c0ffee5ec2e7d0c0ffee5ec2e7d0";

    private static readonly OrderProofCheck Proof = new(ProofSecret, TimeSpan.FromHours(48));

    /// <summary>The token the shop's page gives the buyer of this order.</summary>
    private static string TokenOf(string orderId) => OrderProof.Token(ProofSecret, orderId);

    private static async Task<SurveyIntakeResult> TakeAsync(TestDatabase database, PurchaseFixture f, PublicSurvey survey, string respondent,
        string? option, string? text = null, string? orderId = null, int? nps = null, TimeProvider? clock = null, string? token = null)
    {
        await using var scope = database.CreateScope(f.Workspace);
        var answers = new Dictionary<string, SurveyAnswer?>();
        if (option is not null)
        {
            answers[SurveyTemplates.HeardFromQuestion] = new SurveyAnswer(Option: option, Text: text);
        }
        if (nps is not null)
        {
            answers[SurveyTemplates.NpsQuestion] = new SurveyAnswer(Value: nps);
        }
        var intake = clock is null ? scope.ServiceProvider.GetRequiredService<SurveyIntake>()
            : new SurveyIntake(scope.ServiceProvider.GetRequiredService<CloutDbContext>(), scope.ServiceProvider.GetRequiredService<WorkspaceScope>(), clock, new LiveSurveyMemory(clock));
        return await intake.TakeAsync(survey, new SurveyResponseInput(survey.Version, respondent, orderId, answers, token), Proof, Ct);
    }

    private sealed class MovableClock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => new(Now);
    }
}
