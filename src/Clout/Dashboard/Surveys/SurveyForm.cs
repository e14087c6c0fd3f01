using System.Globalization;
using System.Text;
using Clout.Core.Surveys;

namespace Clout.Dashboard.Surveys;

/// <summary>
/// The builder's form: a survey definition as plain form fields (options one per line, show_if values comma-separated),
/// so that it works without a script and round-trips through a POST. <see cref="ToDefinition"/> turns it back into a
/// definition; what is wrong with that is for <see cref="SurveyDefinitionRules"/> to say.
/// </summary>
public sealed class SurveyForm
{
    /// <summary>"id | label" on an option line; a line without it is a label whose id is made from it.</summary>
    public const char OptionSeparator = '|';

    public string? Title { get; set; }

    public string? Intro { get; set; }

    public string? ThankYou { get; set; }

    public List<QuestionForm> Questions { get; set; } = [];

    public static SurveyForm From(SurveyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new SurveyForm
        {
            Title = definition.Title,
            Intro = definition.Intro,
            ThankYou = definition.ThankYou,
            Questions = [.. definition.Questions.Select(QuestionForm.From)],
        };
    }

    /// <summary>What is wrong with the form beyond the definition rules: a type the select does not offer (a hand-made request).</summary>
    public IReadOnlyList<SurveyProblem> Problems() =>
        [.. Questions.Where(q => q.ParsedType is null)
            .Select(q => new SurveyProblem(q.Id ?? "type", $"the type '{q.Type}' is not one of {string.Join(", ", QuestionTypes.All)}."))];

    public SurveyDefinition ToDefinition() => new(
        (Title ?? "").Trim(), Blank(Intro), Blank(ThankYou), [.. Questions.Select(q => q.ToQuestion())]);

    /// <summary>
    /// A builder button: "add", "remove:2", "up:2", "down:2". Changes only the form; saving is a separate step,
    /// so that a half-written question can be moved or removed before it is valid. False for an unknown action.
    /// </summary>
    public bool Apply(string? action)
    {
        var (verb, index) = Parse(action);
        switch (verb)
        {
            case "add":
                Questions.Add(new QuestionForm { Id = FreeId(), Type = QuestionType.SingleChoice.ToName(), Required = false });
                return true;
            case "remove" when InRange(index):
                Questions.RemoveAt(index);
                return true;
            case "up" when InRange(index) && index > 0:
                (Questions[index - 1], Questions[index]) = (Questions[index], Questions[index - 1]);
                return true;
            case "down" when InRange(index) && index < Questions.Count - 1:
                (Questions[index + 1], Questions[index]) = (Questions[index], Questions[index + 1]);
                return true;
            default:
                return false;
        }
    }

    private bool InRange(int index) => index >= 0 && index < Questions.Count;

    private static (string Verb, int Index) Parse(string? action)
    {
        var parts = (action ?? "").Split(':', 2);
        return (parts[0], parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1);
    }

    /// <summary>"q1", "q2", …: the first not taken, so a new question never collides with an existing id.</summary>
    private string FreeId()
    {
        var taken = Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (taken.Contains("q" + n.ToString(CultureInfo.InvariantCulture)))
        {
            n++;
        }
        return "q" + n.ToString(CultureInfo.InvariantCulture);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>"Instagram Reels" → "instagram_reels": an option id a–z, 0–9 and _ made from its label.</summary>
    internal static string Slug(string label)
    {
        var slug = new StringBuilder();
        foreach (var c in label.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '_')
            {
                slug.Append('_');
            }
        }
        var id = slug.ToString().Trim('_');
        return id.Length > 32 ? id[..32].TrimEnd('_') : id;
    }
}
