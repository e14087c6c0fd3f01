using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Orders;
using Clout.Storage.Sql;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Surveys;

/// <summary>
/// Writes prepared responses of the scope's workspace in one transaction: each respondent's earlier answers and the
/// orders already proven are read once for the whole batch, and the batch is decided in memory in its order (a
/// respondent's second request in the same batch is their duplicate, as it would be one commit later). The unique
/// indexes stay the last word: a batch that loses a race to another writer throws, and its responses are written
/// again one by one, where a lost race is that response's duplicate. What the request side took from memory
/// (<see cref="LiveSurveyMemory"/>) is read again here, once per batch: whether each survey is still live and its
/// recurrence now, and whether each named influencer is still on the roster.
/// </summary>
public sealed class SurveyResponseWriter(CloutDbContext db, WorkspaceScope scope)
{
    /// <summary>
    /// SQLite has one writer at a time, and writers that collide poll with growing sleeps (the busy timeout): 50
    /// concurrent responses fell to a few per second. Queuing them here in the process keeps the file's lock
    /// uncontended. The intake's group commit is one writer already; this keeps any other caller in line with it.
    /// PostgreSQL takes writes concurrently and is not gated.
    /// </summary>
    private static readonly SemaphoreSlim SqliteWriter = new(1, 1);

    /// <summary>One result per draft, in their order.</summary>
    /// <exception cref="DbUpdateException">More than one draft, and the batch lost a race on a unique index; nothing was stored.</exception>
    public async Task<SurveyIntakeResult[]> WriteAsync(IReadOnlyList<SurveyResponseDraft> drafts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        if (drafts.Any(d => d.WorkspaceId != scope.WorkspaceId))
        {
            throw new InvalidOperationException("Every response of a batch must belong to the writer's workspace.");
        }
        var gated = db.Database.IsSqlite();
        if (gated)
        {
            await SqliteWriter.WaitAsync(cancellationToken);
        }
        try
        {
            return await WriteGatedAsync(drafts, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.Clear();
            if (gated)
            {
                SqliteWriter.Release();
            }
        }
    }

    private async Task<SurveyIntakeResult[]> WriteGatedAsync(IReadOnlyList<SurveyResponseDraft> drafts, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var surveys = await LiveSurveysAsync(drafts, cancellationToken);
        var roster = await RosterAsync(drafts, cancellationToken);
        var previous = await PreviousAnswersAsync(drafts, cancellationToken);
        var proven = await ProvenOrdersAsync(drafts, cancellationToken);
        var results = new SurveyIntakeResult[drafts.Count];
        var rows = new List<(int Index, SurveyResponse Row)>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (!surveys.TryGetValue(draft.SurveyId, out var recurrence))
            {
                results[i] = new SurveyIntakeResult(null, null) { SurveyNotLive = true };
                continue;
            }
            if (draft.InfluencerId is { } influencer && !roster.Contains(influencer))
            {
                draft = draft with { InfluencerId = null, MatchConfidence = null };
            }
            var key = (draft.SurveyId, draft.RespondentHash);
            var answered = previous.GetValueOrDefault(key) ?? [];
            var decision = recurrence.Decide(answered, draft.CreatedAtUtc);
            if (!decision.Allowed)
            {
                results[i] = new SurveyIntakeResult(null, decision.NextAllowedAtUtc);
                continue;
            }
            if (draft.OrderVerified && !proven.Add(draft.OrderId!))
            {
                results[i] = new SurveyIntakeResult(null, null) { OrderAlreadyAnswered = true };
                continue;
            }
            previous[key] = [.. answered, draft.CreatedAtUtc];
            var row = Row(draft, decision.Wave);
            db.SurveyResponses.Add(row);
            rows.Add((i, row));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (drafts.Count == 1 && UniqueViolation.Is(e))
        {
            // Another writer won since the reads above: one that proved the same order first, or the same respondent's
            // other request for this wave. Either way one row, and this one is the duplicate.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var draft = drafts[0];
            return
            [
                new SurveyIntakeResult(null, null)
                {
                    OrderAlreadyAnswered = draft.OrderVerified && await db.SurveyResponses.AnyAsync(r => r.VerifiedOrderId == draft.OrderId, cancellationToken),
                },
            ];
        }
        db.ChangeTracker.Clear();
        foreach (var (index, row) in rows)
        {
            if (row.VerifiedOrderId is { } orderId && row.InfluencerId is { } influencer)
            {
                await SurveySignals.ApplyAsync(db, orderId, influencer, cancellationToken);
                db.ChangeTracker.Clear();
            }
            results[index] = new SurveyIntakeResult(row.Id, null) { OrderVerified = row.VerifiedOrderId is not null };
        }
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private static SurveyResponse Row(SurveyResponseDraft draft, int wave) => new()
    {
        WorkspaceId = draft.WorkspaceId,
        SurveyId = draft.SurveyId,
        Version = draft.Version,
        RespondentHash = draft.RespondentHash,
        Wave = wave,
        OrderId = draft.OrderId,
        VerifiedOrderId = draft.OrderVerified ? draft.OrderId : null,
        OrderDeadlineUtc = draft.OrderDeadlineUtc,
        InfluencerId = draft.InfluencerId,
        MatchConfidence = draft.MatchConfidence,
        AnswersJson = draft.AnswersJson,
        CreatedAtUtc = draft.CreatedAtUtc,
    };

    /// <summary>The batch's surveys that are live now, with their recurrence now.</summary>
    private async Task<Dictionary<long, RecurrencePolicy>> LiveSurveysAsync(IReadOnlyList<SurveyResponseDraft> drafts, CancellationToken cancellationToken)
    {
        var ids = drafts.Select(d => d.SurveyId).Distinct().ToList();
        var live = await db.Surveys.AsNoTracking().Where(s => ids.Contains(s.Id) && s.State == SurveyState.Live)
            .Select(s => new { s.Id, s.RepeatEveryDays, s.MaxAnswersPerRespondent }).ToListAsync(cancellationToken);
        return live.ToDictionary(s => s.Id, s => new RecurrencePolicy(s.RepeatEveryDays, s.MaxAnswersPerRespondent));
    }

    /// <summary>Which of the influencers the batch names are on the roster now.</summary>
    private async Task<HashSet<long>> RosterAsync(IReadOnlyList<SurveyResponseDraft> drafts, CancellationToken cancellationToken)
    {
        var named = drafts.Where(d => d.InfluencerId is not null).Select(d => d.InfluencerId!.Value).Distinct().ToList();
        return named.Count == 0 ? []
            : [.. await db.Influencers.AsNoTracking().Where(i => named.Contains(i.Id)).Select(i => i.Id).ToListAsync(cancellationToken)];
    }

    /// <summary>When each respondent of the batch answered each of its surveys before.</summary>
    private async Task<Dictionary<(long SurveyId, string Respondent), List<DateTime>>> PreviousAnswersAsync(
        IReadOnlyList<SurveyResponseDraft> drafts, CancellationToken cancellationToken)
    {
        var previous = new Dictionary<(long, string), List<DateTime>>();
        foreach (var survey in drafts.GroupBy(d => d.SurveyId))
        {
            foreach (var chunk in survey.Select(d => d.RespondentHash).Distinct(StringComparer.Ordinal).Chunk(OrderIntake.LookupChunk))
            {
                var rows = await Answered(db, survey.Key, chunk).ToListAsync(cancellationToken);
                foreach (var row in rows)
                {
                    var key = (survey.Key, row.RespondentHash);
                    if (!previous.TryGetValue(key, out var times))
                    {
                        previous[key] = times = [];
                    }
                    times.Add(row.CreatedAtUtc);
                }
            }
        }
        return previous;
    }

    /// <summary>When these respondents answered the survey; read through the unique index, whatever the survey's size.</summary>
    internal static IQueryable<Answer> Answered(CloutDbContext db, long surveyId, IReadOnlyCollection<string> respondents) =>
        db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId && respondents.Contains(r.RespondentHash))
            .Select(r => new Answer(r.RespondentHash, r.CreatedAtUtc));

    internal sealed record Answer(string RespondentHash, DateTime CreatedAtUtc);

    /// <summary>Which of the orders the batch proves already have their proven answer.</summary>
    private async Task<HashSet<string>> ProvenOrdersAsync(IReadOnlyList<SurveyResponseDraft> drafts, CancellationToken cancellationToken)
    {
        var proven = new HashSet<string>(StringComparer.Ordinal);
        var orders = drafts.Where(d => d.OrderVerified).Select(d => d.OrderId!).Distinct(StringComparer.Ordinal);
        foreach (var chunk in orders.Chunk(OrderIntake.LookupChunk))
        {
            proven.UnionWith(await db.SurveyResponses.AsNoTracking().Where(r => r.VerifiedOrderId != null && chunk.Contains(r.VerifiedOrderId))
                .Select(r => r.VerifiedOrderId!).ToListAsync(cancellationToken));
        }
        return proven;
    }
}
