using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Surveys;

/// <summary>
/// Takes public responses in: checks them against the version they answered, finds the influencer they name (a
/// roster option, or "other" text matched to the roster), applies the survey's recurrence, stores them once per
/// respondent and wave (the unique index decides races), and in post-purchase mode, only for an answer carrying its
/// order's token, feeds the order's survey signal — one such answer per order (a unique index again). The scope must
/// be set to the survey's workspace.
/// </summary>
public sealed class SurveyIntake(CloutDbContext db, WorkspaceScope scope, TimeProvider clock, LiveSurveyMemory memory)
{
    /// <summary>"Other" text matched below this confidence names nobody: a wrong credit is worse than none.</summary>
    public const double MinMatchConfidence = RosterMatcher.Threshold;

    public const int MaxOrderIdLength = 200;

    /// <summary>
    /// <see cref="FindLiveAsync"/> as remembered for a few seconds (<see cref="LiveSurveyMemory"/>): for the response
    /// intake, whose writer checks again, in each batch, that the survey is still live.
    /// </summary>
    public async Task<PublicSurvey?> FindLiveRememberedAsync(string publicId, CancellationToken cancellationToken)
    {
        if (memory.Find(publicId) is { } remembered)
        {
            return remembered;
        }
        var survey = await FindLiveAsync(publicId, cancellationToken);
        if (survey is not null)
        {
            memory.Remember(survey);
        }
        return survey;
    }

    /// <summary>The live survey with this public id, in whichever workspace, or null (unknown, draft or closed).</summary>
    public async Task<PublicSurvey?> FindLiveAsync(string publicId, CancellationToken cancellationToken)
    {
        var row = await (from p in db.SurveyPublicIds.AsNoTracking()
                         join s in db.Surveys.IgnoreQueryFilters().AsNoTracking() on new { p.WorkspaceId, Id = p.SurveyId } equals new { s.WorkspaceId, s.Id }
                         join w in db.Workspaces.AsNoTracking() on s.WorkspaceId equals w.Id
                         join v in db.SurveyVersions.IgnoreQueryFilters().AsNoTracking() on new { s.WorkspaceId, SurveyId = s.Id, Number = s.LiveVersion!.Value } equals new { v.WorkspaceId, v.SurveyId, v.Number }
                         where p.PublicId == publicId && s.State == SurveyState.Live
                         select new
                         {
                             s.WorkspaceId, w.Name, s.Id, s.PublicId, v.Number, v.DefinitionJson, w.SurveyOrigins, s.RepeatEveryDays, s.MaxAnswersPerRespondent,
                         })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null
            : new PublicSurvey(row.WorkspaceId, row.Name, row.Id, row.PublicId, row.Number, SurveyJson.Read(row.DefinitionJson),
                row.SurveyOrigins is null ? [] : row.SurveyOrigins.Split(',', StringSplitOptions.RemoveEmptyEntries),
                new RecurrencePolicy(row.RepeatEveryDays, row.MaxAnswersPerRespondent));
    }

    /// <param name="proof">The workspace's order-proof secret and window: an answer credits its order only with the order's token.</param>
    /// <exception cref="SurveyProblemsException">The response breaks the version's rules; nothing was stored.</exception>
    public async Task<SurveyIntakeResult> TakeAsync(PublicSurvey survey, SurveyResponseInput input, OrderProofCheck proof, CancellationToken cancellationToken)
    {
        var draft = await PrepareAsync(survey, input, proof, cancellationToken);
        var results = await new SurveyResponseWriter(db, scope).WriteAsync([draft], cancellationToken);
        return results[0];
    }

    /// <summary>
    /// Everything about a response that needs no write: checked against its version, its influencer found, its order
    /// proof checked, its time taken. <see cref="SurveyResponseWriter"/> stores it (alone, or in a group commit).
    /// </summary>
    /// <exception cref="SurveyProblemsException">The response breaks the version's rules.</exception>
    public async Task<SurveyResponseDraft> PrepareAsync(PublicSurvey survey, SurveyResponseInput input, OrderProofCheck proof, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(proof);
        if (scope.WorkspaceId != survey.WorkspaceId)
        {
            throw new InvalidOperationException("The intake's scope must be the survey's workspace.");
        }
        var definition = await VersionAsync(survey, input.Version, cancellationToken)
            ?? throw new SurveyProblemsException([new("version", $"version {input.Version} of this survey was never published; reload the survey.")]);
        var problems = SurveyResponseRules.Check(definition, input.Answers).ToList();
        if (input.OrderId is { Length: > MaxOrderIdLength })
        {
            problems.Add(new("order_id", $"has {input.OrderId.Length} characters; at most {MaxOrderIdLength} are allowed."));
        }
        if (problems.Count > 0)
        {
            throw new SurveyProblemsException(problems);
        }
        var answers = input.Answers.Where(a => a.Value is { IsEmpty: false }).ToDictionary(a => a.Key, a => a.Value!, StringComparer.Ordinal);
        var (influencerId, confidence) = await InfluencerAsync(definition, answers, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var orderId = string.IsNullOrWhiteSpace(input.OrderId) ? null : input.OrderId.Trim();
        var verified = proof.Verifies(orderId, input.OrderToken);
        return new SurveyResponseDraft(survey.WorkspaceId, survey.SurveyId, survey.Recurrence, input.Version, input.RespondentHash, orderId, verified,
            verified ? now + proof.OrderWindow : null, influencerId, confidence, SurveyJson.WriteAnswers(answers), now);
    }

    /// <summary>
    /// Stores many responses to one version in one transaction (the demo's and an import's write side), each checked
    /// and matched like a public one, as first answers (wave 1), with their order proof checked like a public one's.
    /// Order signals are not applied here: import the responses before the orders, and the order intake finds them
    /// if the orders arrive within the window, counted from this import.
    /// </summary>
    /// <exception cref="SurveyProblemsException">
    /// A response breaks the version's rules (field: "response N/question"), or proves an order another answer proved;
    /// nothing was stored.
    /// </exception>
    public async Task<int> ImportAsync(PublicSurvey survey, IReadOnlyList<(SurveyResponseInput Input, DateTime AtUtc)> responses, OrderProofCheck proof,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(proof);
        var deadline = clock.GetUtcNow().UtcDateTime + proof.OrderWindow;
        var proven = new HashSet<string>(StringComparer.Ordinal);
        var roster = await db.Influencers.AsNoTracking().Select(i => new RosterEntry(i.Id, i.Handle, i.DisplayName)).ToListAsync(cancellationToken);
        var known = roster.Select(r => r.InfluencerId).ToHashSet();
        var matcher = new RosterMatcher(roster);
        var rows = new List<SurveyResponse>(responses.Count);
        for (var i = 0; i < responses.Count; i++)
        {
            var (input, at) = responses[i];
            var definition = await VersionAsync(survey, input.Version, cancellationToken)
                ?? throw new SurveyProblemsException([new($"response {i + 1}/version", $"version {input.Version} was never published.")]);
            var problems = SurveyResponseRules.Check(definition, input.Answers);
            if (problems.Count > 0)
            {
                throw new SurveyProblemsException([.. problems.Select(p => p with { Field = $"response {i + 1}/{p.Field}" })]);
            }
            var answers = input.Answers.Where(a => a.Value is { IsEmpty: false }).ToDictionary(a => a.Key, a => a.Value!, StringComparer.Ordinal);
            var (influencer, confidence) = Influencer(definition, answers, known, matcher);
            var orderId = string.IsNullOrWhiteSpace(input.OrderId) ? null : input.OrderId.Trim();
            var verified = proof.Verifies(orderId, input.OrderToken);
            if (verified && !proven.Add(orderId!))
            {
                throw new SurveyProblemsException([new($"response {i + 1}/order_id", $"order '{orderId}' already has an answer with its order token.")]);
            }
            rows.Add(new SurveyResponse
            {
                SurveyId = survey.SurveyId,
                Version = input.Version,
                RespondentHash = input.RespondentHash,
                Wave = 1,
                OrderId = orderId,
                VerifiedOrderId = verified ? orderId : null,
                OrderDeadlineUtc = verified ? deadline : null,
                InfluencerId = influencer,
                MatchConfidence = confidence,
                AnswersJson = SurveyJson.WriteAnswers(answers),
                CreatedAtUtc = at,
            });
        }
        foreach (var chunk in proven.Chunk(OrderIntake.LookupChunk))
        {
            if (await db.SurveyResponses.AsNoTracking().Where(r => r.VerifiedOrderId != null && chunk.Contains(r.VerifiedOrderId))
                    .Select(r => r.VerifiedOrderId).FirstOrDefaultAsync(cancellationToken) is { } taken)
            {
                throw new SurveyProblemsException([new("order_id", $"order '{taken}' already has an answer with its order token.")]);
            }
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SurveyResponses.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return rows.Count;
    }

    private async Task<SurveyDefinition?> VersionAsync(PublicSurvey survey, int number, CancellationToken cancellationToken)
    {
        if (number == survey.Version)
        {
            return survey.Definition;
        }
        // A page loaded before the last publish still answers the version it showed; drafts were never shown.
        var json = await db.SurveyVersions.AsNoTracking().Where(v => v.SurveyId == survey.SurveyId && v.Number == number && v.PublishedAtUtc != null)
            .Select(v => v.DefinitionJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : SurveyJson.Read(json);
    }

    /// <summary>
    /// The first roster question's answer: an influencer option (confidence 1; whether it is still on the roster the
    /// writer checks for the whole batch), else its "other" text matched.
    /// </summary>
    private async Task<(long? Id, double? Confidence)> InfluencerAsync(SurveyDefinition definition, Dictionary<string, SurveyAnswer> answers, CancellationToken cancellationToken)
    {
        if (RosterAnswer(definition, answers) is not { } answer)
        {
            return (null, null);
        }
        if (SurveyOption.InfluencerIdOf(answer.Option) is { } id)
        {
            return (id, 1.0);
        }
        var roster = await db.Influencers.AsNoTracking().Select(i => new RosterEntry(i.Id, i.Handle, i.DisplayName)).ToListAsync(cancellationToken);
        return Influencer(definition, answers, [.. roster.Select(r => r.InfluencerId)], new RosterMatcher(roster));
    }

    private static (long? Id, double? Confidence) Influencer(SurveyDefinition definition, Dictionary<string, SurveyAnswer> answers, HashSet<long> known, RosterMatcher matcher)
    {
        if (RosterAnswer(definition, answers) is not { } answer)
        {
            return (null, null);
        }
        if (SurveyOption.InfluencerIdOf(answer.Option) is { } id)
        {
            return known.Contains(id) ? (id, 1.0) : (null, null);
        }
        return answer.Option == SurveyOption.OtherId && matcher.Match(answer.Text) is { Confidence: >= MinMatchConfidence } match
            ? (match.InfluencerId, match.Confidence) : (null, null);
    }

    /// <summary>The answer to the first roster question (a single choice listing influencers) that was answered.</summary>
    private static SurveyAnswer? RosterAnswer(SurveyDefinition definition, Dictionary<string, SurveyAnswer> answers) =>
        definition.Questions
            .Where(q => q.Type == QuestionType.SingleChoice && (q.Options ?? []).Any(o => SurveyOption.InfluencerIdOf(o.Id) is not null))
            .Select(q => answers.GetValueOrDefault(q.Id)).FirstOrDefault(a => a is not null);
}
