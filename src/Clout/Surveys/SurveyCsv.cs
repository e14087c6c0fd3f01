using System.Globalization;
using System.Text;
using Clout.Core.Surveys;
using Clout.Storage.Surveys;
using CsvHelper;
using CsvHelper.Configuration;

namespace Clout.Surveys;

/// <summary>
/// Raw responses as CSV: one row per response, one column per question (every version's, latest order first).
/// Cells that a spreadsheet would run as a formula (=, +, -, @ …) are escaped: answers are typed by strangers.
/// </summary>
internal static class SurveyCsv
{
    public static byte[] Write(IReadOnlyDictionary<int, SurveyDefinition> versions, IReadOnlyList<SurveyExportRow> rows)
    {
        var questions = new List<string>();
        foreach (var version in versions.OrderByDescending(v => v.Key))
        {
            questions.AddRange(version.Value.Questions.Select(q => q.Id).Where(id => !questions.Contains(id)));
        }
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var header in new[] { "response_id", "version", "created_at", "order_id", "order_credit", "influencer", "match_confidence" }.Concat(questions))
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                var answers = SurveyJson.ReadAnswers(row.AnswersJson);
                csv.WriteField(row.Id);
                csv.WriteField(row.Version);
                csv.WriteField(row.CreatedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                csv.WriteField(row.OrderId);
                // As the 201 said it: verified when the answer carried its order's token, none when it named an order without.
                csv.WriteField(row.OrderId is null ? null : row.OrderVerified ? PublicResponseReceipt.Verified : PublicResponseReceipt.None);
                csv.WriteField(row.InfluencerHandle);
                csv.WriteField(row.MatchConfidence?.ToString("0.###", CultureInfo.InvariantCulture));
                foreach (var id in questions)
                {
                    csv.WriteField(answers.TryGetValue(id, out var answer) ? Cell(answer) : null);
                }
                csv.NextRecord();
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>An option id, option ids joined by ';', a value, or text; "other" carries its text as "other: …".</summary>
    private static string Cell(SurveyAnswer answer)
    {
        var choices = answer.Option is { } one ? [one] : answer.Options ?? [];
        if (choices.Count > 0)
        {
            return string.Join(';', choices.Select(c => c == SurveyOption.OtherId && answer.Text is not null ? $"other: {answer.Text}" : c));
        }
        return answer.Value?.ToString(CultureInfo.InvariantCulture) ?? answer.Text ?? "";
    }
}
