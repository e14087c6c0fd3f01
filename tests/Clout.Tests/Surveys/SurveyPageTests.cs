using System.Net;
using System.Text.Json;
using Clout.Core.Access;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Surveys;
using Clout.Storage.Workspaces;
using Clout.Testing;
using Clout.Tests.Dashboard;
using Microsoft.Extensions.DependencyInjection;

namespace Clout.Tests.Surveys;

/// <summary>The survey pages of the dashboard over HTTP: the live feed, roles, and what the builder refuses.</summary>
public sealed class SurveyPageTests
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => WebTest.Ct;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ResultsLiveFeed_NewResponse_IsPushedWithoutAReload(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var (workspace, surveyId, publicId) = await SeedAsync(app.Server, Role.Viewer);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();

        using var response = await client.GetAsync($"/surveys/{surveyId}/results/live", HttpCompletionOption.ResponseHeadersRead, Ct);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));
        var before = await NextLatestAsync(reader);
        var stored = await AnswerAsync(app.Server, workspace, publicId, "r1", 9);
        var after = await NextLatestAsync(reader);

        Assert.Equal(0, before);
        Assert.Equal(stored, after);
    }

    [Fact]
    public async Task ResultsPage_Viewer_SeesCountsNpsAndAnswersEscaped()
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, surveyId, publicId) = await SeedAsync(app.Server, Role.Viewer);
        await AnswerAsync(app.Server, workspace, publicId, "r1", 10, "<b>bold</b> & <script>alert(1)</script>");
        await AnswerAsync(app.Server, workspace, publicId, "r2", 3);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();

        using var page = await client.GetAsync($"/surveys/{surveyId}/results", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<span class=\"kpi\" id=\"responses-count\">2</span>", html, StringComparison.Ordinal);
        // One promoter, one detractor: 0 points.
        Assert.Contains("<span class=\"kpi\" id=\"nps\">0</span>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        // A viewer reads results but gets no builder form.
        using var builder = await client.GetAsync($"/surveys/{surveyId}", Ct);
        Assert.DoesNotContain("id=\"survey-builder\"", await builder.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>The order-confirmation snippets carry the workspace's order-proof secret: an owner sees them, an analyst is told to ask one.</summary>
    [Theory]
    [InlineData(Role.Owner, true)]
    [InlineData(Role.Analyst, false)]
    [InlineData(Role.Viewer, false)]
    public async Task Builder_OrderProofSnippets_OwnersOnly(Role role, bool shown)
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, surveyId, publicId) = await SeedAsync(app.Server, role);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();

        using var page = await client.GetAsync($"/surveys/{surveyId}", Ct);

        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var secret = await app.Server.InScopeAsync(workspace, s => s.GetRequiredService<WorkspaceSettingsStore>().GetOrderProofSecretAsync(workspace.Id, Ct));
        if (shown)
        {
            var clear = await app.Server.InScopeAsync(workspace, s => Task.FromResult(s.GetRequiredService<Clout.Surveys.OrderProofSecrets>().Read(secret)));
            Assert.Matches("^[0-9a-f]{64}$", clear);
            Assert.Contains("id=\"shopify-snippet\"", html, StringComparison.Ordinal);
            Assert.Contains($"data-survey=&quot;{publicId}&quot; data-order-id=&quot;{{{{ order.id }}}}&quot; data-order-token=&quot;{{{{ order.id | hmac_sha256: &#x27;{clear}&#x27; }}}}&quot;", html, StringComparison.Ordinal);
            Assert.Contains("id=\"woocommerce-snippet\"", html, StringComparison.Ordinal);
            Assert.Contains($"hash_hmac( &#x27;sha256&#x27;, $id, &#x27;{clear}&#x27; )", html, StringComparison.Ordinal);
        }
        else
        {
            Assert.Null(secret);
            Assert.Contains("id=\"order-snippets-owner\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("hmac", html, StringComparison.Ordinal);
        }
    }

    /// <summary>The state shows by its stored name, as text and in the CSS class the style sheet colours.</summary>
    [Fact]
    public async Task ListBuilderAndResults_LiveSurvey_StateByNameInTextAndClass()
    {
        await using var app = await WebTest.StartAsync();
        var (_, surveyId, _) = await SeedAsync(app.Server, Role.Viewer);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();

        foreach (var path in new[] { "/surveys", $"/surveys/{surveyId}", $"/surveys/{surveyId}/results" })
        {
            using var page = await client.GetAsync(path, Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Matches("<span class=\"state state-live\"[^>]*>live</span>", await page.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task Builder_ViewerPosts_ForbiddenAndNothingChanges()
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, surveyId, _) = await SeedAsync(app.Server, Role.Viewer);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();
        var token = await DashboardLogin.AntiforgeryTokenAsync(client, "/surveys");

        using var close = await client.PostAsync($"/surveys/{surveyId}?handler=Close",
            new FormUrlEncodedContent(new Dictionary<string, string> { [DashboardLogin.TokenField] = token }), Ct);
        using var create = await client.GetAsync("/surveys/new", Ct);

        // The dashboard's way of saying 403: to the "not allowed" page.
        foreach (var response in new[] { close, create })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/denied", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
        var state = await app.Server.InScopeAsync(workspace, async s => (await s.GetRequiredService<SurveyStore>().GetAsync(surveyId, Ct))!.State);
        Assert.Equal(SurveyState.Live, state);
    }

    [Fact]
    public async Task Builder_InvalidDefinition_422NamingTheQuestionAndNothingStored()
    {
        await using var app = await WebTest.StartAsync();
        var (workspace, surveyId, _) = await SeedAsync(app.Server, Role.Analyst);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();
        var token = await DashboardLogin.AntiforgeryTokenAsync(client, $"/surveys/{surveyId}");
        var fields = new Dictionary<string, string>
        {
            [DashboardLogin.TokenField] = token,
            ["action"] = "save",
            ["Form.Title"] = "A quick question",
            ["Form.Questions[0].Id"] = "nps",
            ["Form.Questions[0].Type"] = "nps",
            ["Form.Questions[0].Text"] = "How likely…?",
            ["Form.Questions[1].Id"] = "why",
            ["Form.Questions[1].Type"] = "open_text",
            ["Form.Questions[1].Text"] = "Why?",
            ["Form.Questions[1].ShowIfQuestion"] = "later",
        };

        using var response = await client.PostAsync($"/surveys/{surveyId}", new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches("<fieldset class=\"question bad\" data-index=\"1\" data-question=\"why\">", html);
        var stored = await app.Server.InScopeAsync(workspace, async s => (await s.GetRequiredService<SurveyStore>().GetAsync(surveyId, Ct))!);
        Assert.Equal(1, stored.Version);
        Assert.Equal(SurveyTemplates.Create(SurveyTemplates.Nps, [])!.Questions.Select(q => q.Id), stored.Definition.Questions.Select(q => q.Id));
    }

    [Fact]
    public async Task ResultsPage_TrustScale_AlphaAsCoreComputesIt_FilterByTier_AndCsvDownload()
    {
        await using var app = await WebTest.StartAsync();
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.ImportCsvAsync(workspace, Storage.Ingestion.ImportKind.Influencers,
            "handle,platform,followers\nmila,instagram,20000\nbigstar,instagram,2500000\n", Ct);
        await app.Server.CreateUserAsync(workspace, "vera@acme.test", Password, Role.Viewer, Ct);
        var (surveyId, publicId, creators) = await app.Server.InScopeAsync(workspace, async services =>
        {
            var store = services.GetRequiredService<SurveyStore>();
            var created = await store.CreateAsync(null, SurveyTemplates.Trust, null, null, Ct);
            await store.PublishAsync(created.Id, Ct);
            var options = created.Definition.Find(SurveyTemplates.CreatorQuestion)!.Options!;
            return (created.Id, created.PublicId, options.ToDictionary(o => o.Label.Split(' ')[0], o => o.Id));
        });
        var trustItems = SurveyTemplates.Create(SurveyTemplates.Trust, [])!.Questions.Where(q => q.Construct == SurveyTemplates.Trustworthiness).Select(q => q.Id).ToList();
        // Three respondents about @mila (micro), one about @bigstar (celebrity); trustworthiness items vary per respondent.
        int[][] scores = [[7, 6, 7, 6, 7], [4, 5, 4, 4, 5], [2, 3, 2, 1, 2], [5, 5, 6, 5, 5]];
        for (var r = 0; r < scores.Length; r++)
        {
            var creator = r < 3 ? creators["@mila"] : creators["@bigstar"];
            var row = scores[r];
            await app.Server.InScopeAsync(workspace, async services =>
            {
                var intake = services.GetRequiredService<SurveyIntake>();
                var survey = (await intake.FindLiveAsync(publicId, Ct))!;
                var answers = survey.Definition.Questions.Where(q => q.Type == QuestionType.SemanticDifferential)
                    .ToDictionary(q => q.Id, q => (SurveyAnswer?)new SurveyAnswer(Value: trustItems.IndexOf(q.Id) is >= 0 and var i ? row[i] : 4));
                answers[SurveyTemplates.CreatorQuestion] = new SurveyAnswer(Option: creator);
                return await intake.TakeAsync(survey, new SurveyResponseInput(survey.Version, "r" + r, null, answers), OrderProofCheck.None, Ct);
            });
        }
        var expectedAll = CronbachAlpha.Of([.. scores.Select(r => (IReadOnlyList<double?>)[.. r.Select(v => (double?)v)])]);
        var expectedMicro = CronbachAlpha.Of([.. scores.Take(3).Select(r => (IReadOnlyList<double?>)[.. r.Select(v => (double?)v)])]);
        Assert.NotNull(expectedAll);
        Assert.NotNull(expectedMicro);
        Assert.NotEqual(Clout.Presentation.Format.Ratio(expectedAll), Clout.Presentation.Format.Ratio(expectedMicro));
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();

        var all = await client.GetStringAsync($"/surveys/{surveyId}/results", Ct);
        var micro = await client.GetStringAsync($"/surveys/{surveyId}/results?tier=micro", Ct);
        using var csv = await client.GetAsync($"/surveys/{surveyId}/responses.csv", Ct);

        Assert.Contains("<span class=\"kpi\" id=\"responses-count\">4</span>", all, StringComparison.Ordinal);
        Assert.Contains($"data-field=\"alpha\" title=\"{Clout.Presentation.Format.AlphaVerdict(expectedAll)}\">{Clout.Presentation.Format.Ratio(expectedAll)}<", all, StringComparison.Ordinal);
        Assert.Contains("<tr data-tier=\"micro\">", all, StringComparison.Ordinal);
        Assert.Contains("<tr data-tier=\"celebrity\">", all, StringComparison.Ordinal);
        Assert.Contains("<span class=\"kpi\" id=\"responses-count\">3</span>", micro, StringComparison.Ordinal);
        Assert.Contains($"data-field=\"alpha\" title=\"{Clout.Presentation.Format.AlphaVerdict(expectedMicro)}\">{Clout.Presentation.Format.Ratio(expectedMicro)}<", micro, StringComparison.Ordinal);
        Assert.DoesNotContain("<tr data-tier=\"celebrity\">", micro, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + scores.Length, lines.Length);
        Assert.Contains(SurveyTemplates.CreatorQuestion, lines[0], StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ResultsPage_ParasocialScale_AlphaWithItsN_AndClosenessByTier(DatabaseProvider provider)
    {
        await using var app = await WebTest.StartAsync(provider);
        var workspace = await app.Server.CreateWorkspaceAsync("acme", Ct);
        await app.Server.ImportCsvAsync(workspace, Storage.Ingestion.ImportKind.Influencers,
            "handle,platform,followers\nmila,instagram,20000\nbigstar,instagram,2500000\n", Ct);
        await app.Server.CreateUserAsync(workspace, "vera@acme.test", Password, Role.Viewer, Ct);
        // Eight items each; @mila's two respondents score 4 and 5, @bigstar's one scores 2.
        int[][] rows = [[4, 4, 4, 4, 4, 4, 4, 4], [5, 5, 5, 5, 5, 5, 5, 4], [2, 2, 2, 2, 2, 2, 1, 3]];
        string[] who = ["@mila", "@mila", "@bigstar"];
        var surveyId = await app.Server.InScopeAsync(workspace, async services =>
        {
            var store = services.GetRequiredService<SurveyStore>();
            var created = await store.CreateAsync(null, SurveyTemplates.Parasocial, null, null, Ct);
            await store.PublishAsync(created.Id, Ct);
            var intake = services.GetRequiredService<SurveyIntake>();
            var survey = (await intake.FindLiveAsync(created.PublicId, Ct))!;
            var options = survey.Definition.Find(SurveyTemplates.CreatorQuestion)!.Options!.ToDictionary(o => o.Label.Split(' ')[0], o => o.Id);
            var items = survey.Definition.Questions.Where(q => q.Construct == SurveyScales.Parasocial).ToList();
            for (var r = 0; r < rows.Length; r++)
            {
                var answers = items.Select((q, i) => (q.Id, Answer: (SurveyAnswer?)new SurveyAnswer(Value: rows[r][i]))).ToDictionary(a => a.Id, a => a.Answer);
                answers[SurveyTemplates.CreatorQuestion] = new SurveyAnswer(Option: options[who[r]]);
                await intake.TakeAsync(survey, new SurveyResponseInput(survey.Version, "r" + r, null, answers), OrderProofCheck.None, Ct);
            }
            return created.Id;
        });
        var alpha = CronbachAlpha.Of([.. rows.Select(r => (IReadOnlyList<double?>)[.. r.Select(v => (double?)v)])]);
        using var client = app.Server.CreateClient();
        (await DashboardLogin.SignInAsync(client, "vera@acme.test", Password)).Dispose();

        var html = await client.GetStringAsync($"/surveys/{surveyId}/results", Ct);

        Assert.Contains("<tr data-construct=\"parasocial\">", html, StringComparison.Ordinal);
        Assert.Contains($"{Clout.Presentation.Format.Ratio(alpha)}<span class=\"ci\">{Clout.Presentation.Format.AlphaVerdict(alpha)} · n=3</span>", html, StringComparison.Ordinal);
        Assert.Contains("<th class=\"num\">Closeness (1–5)</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Authenticity (1–7)", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\" data-field=\"parasocial_score\">{Clout.Presentation.Format.Ratio((4.0 + 39.0 / 8) / 2)}<", html, StringComparison.Ordinal);
        Assert.Contains($"<td class=\"num\" data-field=\"parasocial_score\">{Clout.Presentation.Format.Ratio(2.0)}<", html, StringComparison.Ordinal);
    }

    /// <summary>Workspace acme with a live NPS survey and a user vera in <paramref name="role"/>.</summary>
    private static async Task<(WorkspaceInfo Workspace, long SurveyId, string PublicId)> SeedAsync(CloutServer server, Role role)
    {
        var workspace = await server.CreateWorkspaceAsync("acme", Ct);
        await server.CreateUserAsync(workspace, "vera@acme.test", Password, role, Ct);
        var (id, publicId) = await server.InScopeAsync(workspace, async services =>
        {
            var store = services.GetRequiredService<SurveyStore>();
            var created = await store.CreateAsync(null, SurveyTemplates.Nps, null, null, Ct);
            await store.PublishAsync(created.Id, Ct);
            return (created.Id, created.PublicId);
        });
        return (workspace, id, publicId);
    }

    /// <summary>Stores a response through the intake, as the public endpoint does; returns its id.</summary>
    private static Task<long> AnswerAsync(CloutServer server, WorkspaceInfo workspace, string publicId, string respondent, int nps, string? reason = null) =>
        server.InScopeAsync(workspace, async services =>
        {
            var intake = services.GetRequiredService<SurveyIntake>();
            var survey = (await intake.FindLiveAsync(publicId, Ct))!;
            var answers = new Dictionary<string, SurveyAnswer?> { [SurveyTemplates.NpsQuestion] = new(Value: nps) };
            if (reason is not null)
            {
                answers["nps_reason"] = new(Text: reason);
            }
            var result = await intake.TakeAsync(survey, new SurveyResponseInput(survey.Version, respondent, null, answers), OrderProofCheck.None, Ct);
            return result.ResponseId!.Value;
        });

    private static async Task<long> NextLatestAsync(StreamReader reader)
    {
        // How fast the feed pushes is measured in bench/live; here a slow machine only needs a generous limit.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                using var json = JsonDocument.Parse(line["data: ".Length..]);
                return json.RootElement.GetProperty("latest").GetInt64();
            }
        }
        throw new InvalidOperationException("The live feed ended.");
    }
}
