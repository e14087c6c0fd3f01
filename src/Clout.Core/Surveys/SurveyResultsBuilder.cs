using Clout.Core.Roster;
using Clout.Core.Statistics;

namespace Clout.Core.Surveys;

/// <summary>
/// Computes <see cref="SurveyResults"/> from stored responses. Each response is read with its own version: a
/// reverse-keyed item is mirrored by the version that asked it, and an answer to a question removed later still
/// counts under that question. Questions are listed in the latest version's order, removed ones after them.
/// </summary>
public static class SurveyResultsBuilder
{
    /// <summary>Open-text answers shown per question: the latest ones, enough to read, not a dump.</summary>
    public const int TextsShown = 100;

    /// <param name="versions">Every version by number.</param>
    /// <param name="influencers">Handle and tier of the influencers responses name.</param>
    public static SurveyResults Build(
        IReadOnlyDictionary<int, SurveyDefinition> versions,
        IReadOnlyList<SurveyResponseRecord> responses,
        IReadOnlyDictionary<long, (string Handle, Tier Tier)> influencers)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(influencers);
        var ordered = Catalogue(versions);
        var read = responses.Where(r => versions.ContainsKey(r.Version)).ToList();
        var questions = ordered.Select(q => Question(q, read, versions)).ToList();
        var constructs = ConstructItems(ordered)
            .Select(c => Construct(c.Key, c.Value, read, versions)).ToList();

        var byInfluencer = read.Where(r => r.InfluencerId is { } id && influencers.ContainsKey(id))
            .GroupBy(r => r.InfluencerId!.Value)
            .Select(g => Group("@" + influencers[g.Key].Handle, g.Key, [.. g], versions, ordered))
            .OrderByDescending(g => g.Responses).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        var byTier = read.Where(r => r.InfluencerId is { } id && influencers.ContainsKey(id))
            .GroupBy(r => influencers[r.InfluencerId!.Value].Tier)
            .OrderBy(g => g.Key)
            .Select(g => Group(g.Key.ToName(), null, [.. g], versions, ordered)).ToList();
        return new SurveyResults(read.Count, questions, constructs, byInfluencer, byTier);
    }

    /// <summary>A respondent's trust score: the mean of their Ohanian construct scores, null without any.</summary>
    public static double? TrustScore(SurveyResponseRecord response, SurveyDefinition version)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(version);
        var scores = SurveyTemplates.TrustConstructs
            .Select(c => ScaleScore.Of(version.Questions.Where(q => q.Construct == c).Select(q => Scored(response, q))))
            .ToList();
        return ScaleScore.Of(scores);
    }

    /// <summary>
    /// A respondent's score on one multi-item scale (<see cref="SurveyScales"/>): the mean of the items of
    /// <paramref name="construct"/> they answered, reverse-keyed items mirrored; null without any.
    /// </summary>
    public static double? ConstructScore(SurveyResponseRecord response, SurveyDefinition version, string construct)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(version);
        return ScaleScore.Of(version.Questions.Where(q => q.Construct == construct).Select(q => Scored(response, q)));
    }

    /// <summary>The respondent's answer to the first NPS question of their version, if any.</summary>
    public static int? NpsAnswer(SurveyResponseRecord response, SurveyDefinition version)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(version);
        return version.Questions.Where(q => q.Type == QuestionType.Nps)
            .Select(q => response.Answers.TryGetValue(q.Id, out var a) ? a.Value : null)
            .FirstOrDefault(v => v is not null);
    }

    private static GroupResult Group(string key, long? influencerId, List<SurveyResponseRecord> responses,
        IReadOnlyDictionary<int, SurveyDefinition> versions, List<SurveyQuestion> ordered)
    {
        var trust = responses.Select(r => TrustScore(r, versions[r.Version])).Where(t => t is not null).Select(t => t!.Value).ToList();
        var nps = responses.Select(r => NpsAnswer(r, versions[r.Version])).Where(v => v is not null).Select(v => v!.Value).ToList();
        return new GroupResult(key, influencerId, responses.Count, ScaleScore.Mean(trust), NetPromoterScore.Of(nps))
        {
            ParasocialScore = ScaleScore.Mean(Scores(responses, versions, SurveyScales.Parasocial)),
            AuthenticityScore = ScaleScore.Mean(Scores(responses, versions, SurveyScales.Authenticity)),
        };
    }

    private static List<double> Scores(List<SurveyResponseRecord> responses, IReadOnlyDictionary<int, SurveyDefinition> versions, string construct) =>
        [.. responses.Select(r => ConstructScore(r, versions[r.Version], construct)).Where(s => s is not null).Select(s => s!.Value)];

    /// <summary>Latest version's questions first, then questions only older versions asked (newest wording of each).</summary>
    private static List<SurveyQuestion> Catalogue(IReadOnlyDictionary<int, SurveyDefinition> versions)
    {
        var result = new List<SurveyQuestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in versions.OrderByDescending(v => v.Key).Select(v => v.Value))
        {
            foreach (var question in version.Questions)
            {
                if (seen.Add(question.Id))
                {
                    result.Add(question);
                }
            }
        }
        return result;
    }

    private static QuestionResult Question(SurveyQuestion question, List<SurveyResponseRecord> responses, IReadOnlyDictionary<int, SurveyDefinition> versions)
    {
        var answers = responses.Where(r => r.Answers.TryGetValue(question.Id, out var a) && !a.IsEmpty)
            .Select(r => (Response: r, Answer: r.Answers[question.Id])).ToList();
        var n = answers.Count;
        IReadOnlyList<OptionResult> options = [];
        Estimate? mean = null;
        Estimate? nps = null;
        IReadOnlyList<TextAnswer> texts = [];
        if (question.Type.IsChoice())
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (_, answer) in answers)
            {
                foreach (var key in answer.Option is { } one ? [one] : answer.Options ?? [])
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
            var labels = (question.Options ?? []).Select(o => (o.Id, o.Label)).ToList();
            if (question.AllowOther || counts.ContainsKey(SurveyOption.OtherId))
            {
                labels.Add((SurveyOption.OtherId, "Other"));
            }
            // Options a newer version dropped still show what they got, labelled by the version that had them.
            foreach (var key in counts.Keys.Where(k => labels.All(l => l.Id != k)).Order(StringComparer.Ordinal).ToList())
            {
                labels.Add((key, versions.Values.SelectMany(v => v.Find(question.Id)?.Options ?? []).LastOrDefault(o => o.Id == key)?.Label ?? key));
            }
            options = [.. labels.Select(l => new OptionResult(l.Id, l.Label, counts.GetValueOrDefault(l.Id), Wilson.Interval(counts.GetValueOrDefault(l.Id), n)))];
            texts = Texts(answers.Where(a => a.Answer.Text is not null));
        }
        else if (question.Type == QuestionType.OpenText)
        {
            texts = Texts(answers);
        }
        else
        {
            var values = answers.Select(a => a.Answer.Value).Where(v => v is not null).Select(v => v!.Value).ToList();
            mean = ScaleScore.Mean([.. values.Select(v => (double)v)]);
            if (question.Type == QuestionType.Nps)
            {
                nps = NetPromoterScore.Of(values);
            }
        }
        return new QuestionResult(question.Id, question.Type.ToName(), question.Text, n, options, mean, nps, texts);
    }

    private static List<TextAnswer> Texts(IEnumerable<(SurveyResponseRecord Response, SurveyAnswer Answer)> answers) =>
        [.. answers.OrderByDescending(a => a.Response.CreatedAtUtc).ThenByDescending(a => a.Response.Id).Take(TextsShown)
            .Select(a => new TextAnswer(a.Response.Id, a.Answer.Text!, a.Response.CreatedAtUtc, TextAnswerScore.Of(a.Answer.Text!)))];

    private static Dictionary<string, List<string>> ConstructItems(List<SurveyQuestion> ordered)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var question in ordered.Where(q => q.Construct is not null))
        {
            if (!result.TryGetValue(question.Construct!, out var items))
            {
                result[question.Construct!] = items = [];
            }
            items.Add(question.Id);
        }
        return result;
    }

    private static ConstructResult Construct(string name, List<string> items, List<SurveyResponseRecord> responses, IReadOnlyDictionary<int, SurveyDefinition> versions)
    {
        var rows = new List<IReadOnlyList<double?>>();
        foreach (var response in responses)
        {
            var version = versions[response.Version];
            // An item this version did not ask, or asked outside the construct, is missing for this respondent.
            var row = items.Select(id => version.Find(id) is { } q && q.Construct == name ? Scored(response, q) : null).ToList();
            if (row.Any(v => v is not null))
            {
                rows.Add(row);
            }
        }
        var scores = rows.Select(r => ScaleScore.Of(r)!.Value).ToList();
        return new ConstructResult(name, items.Count, ScaleScore.Mean(scores), CronbachAlpha.Of(rows))
        {
            AlphaRespondents = rows.Count(r => r.All(v => v is not null)),
        };
    }

    private static double? Scored(SurveyResponseRecord response, SurveyQuestion question) =>
        response.Answers.TryGetValue(question.Id, out var answer) && answer.Value is { } value ? question.Score(value) : null;
}
