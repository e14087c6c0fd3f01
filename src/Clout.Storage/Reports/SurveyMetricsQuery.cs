using Clout.Core.Surveys;
using Clout.Storage.Model;
using Clout.Storage.Reads;
using Microsoft.EntityFrameworkCore;

namespace Clout.Storage.Reports;

/// <summary>
/// Per influencer, the trust, parasocial and authenticity scores and the NPS answers of survey responses about it in the report's period
/// (by response time) and, with a campaign filter, only for the campaign's influencers. Each response is read with its own version.
/// </summary>
public sealed class SurveyMetricsQuery(CloutDbContext db)
{
    public async Task<Dictionary<long, SurveyScores>> LoadAsync(ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var responses = filter.Responses(db.SurveyResponses.AsNoTracking().Where(r => r.InfluencerId != null), db.Collaborations, db.Campaigns);
        var rows = await responses.Select(r => new { r.SurveyId, r.Version, r.InfluencerId, r.AnswersJson }).ToListAsync(cancellationToken);
        var result = new Dictionary<long, SurveyScores>();
        if (rows.Count == 0)
        {
            return result;
        }
        var versions = (await db.SurveyVersions.AsNoTracking().Select(v => new { v.SurveyId, v.Number, v.DefinitionJson }).ToListAsync(cancellationToken))
            .ToDictionary(v => (v.SurveyId, v.Number), v => SurveyJson.Read(v.DefinitionJson));
        foreach (var row in rows)
        {
            if (!versions.TryGetValue((row.SurveyId, row.Version), out var version))
            {
                continue;
            }
            var record = new SurveyResponseRecord(0, row.Version, SurveyJson.ReadAnswers(row.AnswersJson), row.InfluencerId, default);
            if (!result.TryGetValue(row.InfluencerId!.Value, out var lists))
            {
                result[row.InfluencerId.Value] = lists = new SurveyScores();
            }
            if (SurveyResultsBuilder.TrustScore(record, version) is { } trust)
            {
                lists.Trust.Add(trust);
            }
            if (SurveyResultsBuilder.NpsAnswer(record, version) is { } nps)
            {
                lists.Nps.Add(nps);
            }
            if (SurveyResultsBuilder.ConstructScore(record, version, SurveyScales.Parasocial) is { } parasocial)
            {
                lists.Parasocial.Add(parasocial);
            }
            if (SurveyResultsBuilder.ConstructScore(record, version, SurveyScales.Authenticity) is { } authenticity)
            {
                lists.Authenticity.Add(authenticity);
            }
        }
        return result;
    }
}
