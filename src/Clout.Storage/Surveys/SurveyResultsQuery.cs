using Clout.Core.Roster;
using Clout.Core.Surveys;
using Clout.Storage.Model;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Surveys;

/// <summary>
/// A survey's results (<see cref="SurveyResultsBuilder"/>) from its versions and responses, optionally only the
/// responses about one influencer (by handle) or one tier (by the workspace's tier policy).
/// </summary>
public sealed class SurveyResultsQuery(CloutDbContext db, WorkspaceScope scope)
{
    /// <summary>Null when the survey does not exist in the scope's workspace.</summary>
    public async Task<SurveyResults?> GetAsync(long surveyId, string? influencerHandle, Tier? tier, CancellationToken cancellationToken)
    {
        var versions = await VersionsAsync(surveyId, cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }
        var policy = await db.Workspaces.AsNoTracking().Where(w => w.Id == scope.WorkspaceId)
            .Select(w => new TierPolicy(w.MicroFrom, w.MacroFrom, w.CelebrityFrom)).SingleAsync(cancellationToken);
        var rows = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == surveyId)
            .Select(r => new { r.Id, r.Version, r.AnswersJson, r.InfluencerId, r.CreatedAtUtc }).ToListAsync(cancellationToken);
        var influencerIds = rows.Where(r => r.InfluencerId is not null).Select(r => r.InfluencerId!.Value).Distinct().ToList();
        var influencers = new Dictionary<long, (string Handle, Tier Tier)>();
        foreach (var chunk in influencerIds.Chunk(500))
        {
            foreach (var i in await db.Influencers.AsNoTracking().Where(i => chunk.Contains(i.Id)).Select(i => new { i.Id, i.Handle, i.Followers }).ToListAsync(cancellationToken))
            {
                influencers[i.Id] = (i.Handle, policy.Classify(i.Followers));
            }
        }
        var handle = influencerHandle?.Trim().TrimStart('@');
        var responses = rows
            .Where(r => string.IsNullOrEmpty(handle) || (r.InfluencerId is { } id && influencers.TryGetValue(id, out var i) && string.Equals(i.Handle, handle, StringComparison.OrdinalIgnoreCase)))
            .Where(r => tier is null || (r.InfluencerId is { } id && influencers.TryGetValue(id, out var i) && i.Tier == tier))
            .Select(r => new SurveyResponseRecord(r.Id, r.Version, SurveyJson.ReadAnswers(r.AnswersJson), r.InfluencerId, r.CreatedAtUtc))
            .ToList();
        return SurveyResultsBuilder.Build(versions, responses, influencers);
    }

    /// <summary>Every version's definition by number (empty when the survey does not exist here).</summary>
    public async Task<Dictionary<int, SurveyDefinition>> VersionsAsync(long surveyId, CancellationToken cancellationToken) =>
        (await db.SurveyVersions.AsNoTracking().Where(v => v.SurveyId == surveyId).Select(v => new { v.Number, v.DefinitionJson }).ToListAsync(cancellationToken))
            .ToDictionary(v => v.Number, v => SurveyJson.Read(v.DefinitionJson));
}
