using System.Security.Cryptography;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Surveys;

/// <summary>
/// Surveys of the scope's workspace: create (blank or from a template), edit, publish, close. Editing a published
/// survey makes a new draft version, so responses always keep the version they answered; editing a draft changes it in place.
/// </summary>
public sealed class SurveyStore(CloutDbContext db, WorkspaceScope scope, TimeProvider clock, LiveSurveyMemory memory)
{
    /// <summary>Random bytes of a public id: 72 bits, 12 URL-safe characters.</summary>
    private const int PublicIdBytes = 9;

    public Task<List<SurveySummary>> ListAsync(CancellationToken cancellationToken) =>
        db.Surveys.AsNoTracking().OrderByDescending(s => s.Id)
            .Select(s => new SurveySummary(s.Id, s.PublicId, s.Title, s.State, s.LatestVersion, s.LiveVersion,
                db.SurveyResponses.Count(r => r.SurveyId == s.Id), s.CreatedAtUtc))
            .ToListAsync(cancellationToken);

    public async Task<SurveyDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var json = await db.SurveyVersions.AsNoTracking().Where(v => v.SurveyId == id && v.Number == survey.LatestVersion)
            .Select(v => v.DefinitionJson).SingleAsync(cancellationToken);
        var responses = await db.SurveyResponses.CountAsync(r => r.SurveyId == id, cancellationToken);
        return new SurveyDetail(survey.Id, survey.PublicId, survey.Title, survey.State, survey.LatestVersion, survey.LiveVersion,
            SurveyJson.Read(json), new RecurrencePolicy(survey.RepeatEveryDays, survey.MaxAnswersPerRespondent), responses, survey.CreatedAtUtc);
    }

    /// <summary>The workspace's influencers as roster options and matching candidates.</summary>
    public Task<List<RosterEntry>> RosterAsync(CancellationToken cancellationToken) =>
        db.Influencers.AsNoTracking().OrderBy(i => i.Handle).Select(i => new RosterEntry(i.Id, i.Handle, i.DisplayName)).ToListAsync(cancellationToken);

    /// <summary>
    /// Creates a draft (version 1) from <paramref name="definition"/>, or from <paramref name="template"/> with the
    /// workspace's roster; <paramref name="title"/>, when given, replaces the definition's.
    /// </summary>
    /// <exception cref="SurveyProblemsException">The definition (or template id) is not sound; nothing was stored.</exception>
    public async Task<SurveyDetail> CreateAsync(string? title, string? template, SurveyDefinition? definition, RecurrencePolicy? recurrence, CancellationToken cancellationToken)
    {
        RequireScope();
        if (template is not null)
        {
            if (definition is not null)
            {
                throw new SurveyProblemsException([new("template", "give a template or a definition, not both.")]);
            }
            definition = SurveyTemplates.Create(template, await RosterAsync(cancellationToken))
                ?? throw new SurveyProblemsException([new("template", $"'{template}' is not a template; use one of {string.Join(", ", SurveyTemplates.All)}.")]);
        }
        if (definition is not null && !string.IsNullOrWhiteSpace(title))
        {
            definition = definition with { Title = title.Trim() };
        }
        Require(definition);
        recurrence ??= RecurrencePolicy.Once;
        if (recurrence.Validate() is { } problem)
        {
            throw new SurveyProblemsException([new("recurrence", problem)]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var survey = new Survey
        {
            PublicId = NewPublicId(),
            Title = definition!.Title,
            State = SurveyState.Draft,
            LatestVersion = 1,
            RepeatEveryDays = recurrence.RepeatEveryDays,
            MaxAnswersPerRespondent = recurrence.MaxAnswers,
            CreatedAtUtc = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Surveys.Add(survey);
        await db.SaveChangesAsync(cancellationToken);
        db.SurveyVersions.Add(new SurveyVersion { SurveyId = survey.Id, Number = 1, DefinitionJson = SurveyJson.Write(definition), CreatedAtUtc = now });
        db.SurveyPublicIds.Add(new SurveyPublicId { PublicId = survey.PublicId, WorkspaceId = survey.WorkspaceId, SurveyId = survey.Id });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (await GetAsync(survey.Id, cancellationToken))!;
    }

    /// <summary>Replaces the draft's definition, or, when the latest version is published, adds a new draft version.</summary>
    /// <exception cref="SurveyProblemsException">The definition is not sound; nothing was stored.</exception>
    public async Task<SurveyDetail?> UpdateDefinitionAsync(long id, SurveyDefinition? definition, CancellationToken cancellationToken)
    {
        Require(definition);
        try
        {
            return await UpdateOnceAsync(id, definition!, cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another edit of a published survey added the next draft version first: this edit replaces that draft.
            db.ChangeTracker.Clear();
            return await UpdateOnceAsync(id, definition!, cancellationToken);
        }
    }

    private async Task<SurveyDetail?> UpdateOnceAsync(long id, SurveyDefinition definition, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var latest = await db.SurveyVersions.SingleAsync(v => v.SurveyId == id && v.Number == survey.LatestVersion, cancellationToken);
        var json = SurveyJson.Write(definition);
        if (latest.PublishedAtUtc is null)
        {
            latest.DefinitionJson = json;
        }
        else
        {
            survey.LatestVersion++;
            db.SurveyVersions.Add(new SurveyVersion { SurveyId = id, Number = survey.LatestVersion, DefinitionJson = json, CreatedAtUtc = clock.GetUtcNow().UtcDateTime });
        }
        survey.Title = definition.Title;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Freezes the latest version and serves it publicly (also reopens a closed survey).</summary>
    public async Task<SurveyDetail?> PublishAsync(long id, CancellationToken cancellationToken)
    {
        var survey = await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (survey is null)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SurveyVersions.Where(v => v.SurveyId == id && v.Number == survey.LatestVersion && v.PublishedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.PublishedAtUtc, now), cancellationToken);
        survey.State = SurveyState.Live;
        survey.LiveVersion = survey.LatestVersion;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        memory.ForgetAll();
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Stops taking responses; public endpoints answer 404 from now on.</summary>
    public async Task<SurveyDetail?> CloseAsync(long id, CancellationToken cancellationToken)
    {
        var changed = await db.Surveys.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.State, SurveyState.Closed), cancellationToken);
        memory.ForgetAll();
        return changed == 0 ? null : await GetAsync(id, cancellationToken);
    }

    /// <exception cref="SurveyProblemsException">The policy is not valid.</exception>
    public async Task<SurveyDetail?> SetRecurrenceAsync(long id, RecurrencePolicy recurrence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recurrence);
        if (recurrence.Validate() is { } problem)
        {
            throw new SurveyProblemsException([new("recurrence", problem)]);
        }
        var changed = await db.Surveys.Where(s => s.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.RepeatEveryDays, recurrence.RepeatEveryDays)
            .SetProperty(x => x.MaxAnswersPerRespondent, recurrence.MaxAnswers), cancellationToken);
        memory.ForgetAll();
        return changed == 0 ? null : await GetAsync(id, cancellationToken);
    }

    /// <summary>The newest response's id (0 without any): a cheap "anything new?" for the live results page.</summary>
    public async Task<long> LatestResponseIdAsync(long surveyId, CancellationToken cancellationToken) =>
        await db.SurveyResponses.Where(r => r.SurveyId == surveyId).MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;

    /// <summary>Every response of a survey, oldest first, for the CSV export.</summary>
    public Task<List<SurveyExportRow>> ExportAsync(long surveyId, CancellationToken cancellationToken) =>
        db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId).OrderBy(r => r.Id)
            .Select(r => new SurveyExportRow(r.Id, r.Version, r.CreatedAtUtc, r.OrderId, r.InfluencerId,
                db.Influencers.Where(i => i.Id == r.InfluencerId).Select(i => i.Handle).FirstOrDefault(), r.MatchConfidence, r.AnswersJson)
            { OrderVerified = r.VerifiedOrderId != null })
            .ToListAsync(cancellationToken);

    private static void Require(SurveyDefinition? definition)
    {
        var problems = SurveyDefinitionRules.Check(definition);
        if (problems.Count > 0)
        {
            throw new SurveyProblemsException(problems);
        }
    }

    private static string NewPublicId() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(PublicIdBytes)).Replace('+', '-').Replace('/', '_');

    private void RequireScope()
    {
        if (scope.WorkspaceId == 0)
        {
            throw new InvalidOperationException("No workspace is selected.");
        }
    }
}
