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

/// <summary>One question as form fields. Fields of other types are kept while editing and dropped on save.</summary>
public sealed class QuestionForm
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Text { get; set; }

    public bool Required { get; set; }

    /// <summary>One option a line: "inf_12 | @anna (Anna B)", or just a label.</summary>
    public string? Options { get; set; }

    public bool AllowOther { get; set; }

    public string? MinLabel { get; set; }

    public string? MaxLabel { get; set; }

    public int? MaxLength { get; set; }

    public string? Construct { get; set; }

    public bool Reverse { get; set; }

    public string? ShowIfQuestion { get; set; }

    /// <summary>Comma-separated option ids or scale values.</summary>
    public string? ShowIfAnyOf { get; set; }

    public QuestionType? ParsedType => QuestionTypes.Parse(Type);

    public static QuestionForm From(SurveyQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new QuestionForm
        {
            Id = question.Id,
            Type = question.Type.ToName(),
            Text = question.Text,
            Required = question.Required,
            Options = string.Join("\n", (question.Options ?? []).Select(o => $"{o.Id} {SurveyForm.OptionSeparator} {o.Label}")),
            AllowOther = question.AllowOther,
            MinLabel = question.MinLabel,
            MaxLabel = question.MaxLabel,
            MaxLength = question.MaxLength,
            Construct = question.Construct,
            Reverse = question.Reverse,
            ShowIfQuestion = question.ShowIf?.Question,
            ShowIfAnyOf = question.ShowIf is { } rule ? string.Join(", ", rule.AnyOf) : null,
        };
    }

    /// <summary>The question as saved: only the fields its type uses. An unknown type is refused before this (see <see cref="SurveyForm.Problems"/>).</summary>
    public SurveyQuestion ToQuestion()
    {
        var type = ParsedType ?? QuestionType.OpenText;
        var choice = type.IsChoice();
        var scale = type.IsScale();
        return new SurveyQuestion(
            (Id ?? "").Trim(),
            type,
            (Text ?? "").Trim(),
            Required,
            choice ? ParseOptions(Options) : null,
            choice && AllowOther,
            scale ? SurveyForm.Blank(MinLabel) : null,
            scale ? SurveyForm.Blank(MaxLabel) : null,
            type == QuestionType.OpenText ? MaxLength : null,
            scale ? SurveyForm.Blank(Construct) : null,
            scale && Reverse,
            SurveyForm.Blank(ShowIfQuestion) is { } on
                ? new ShowIf(on, [.. (ShowIfAnyOf ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)])
                : null);
    }

    private static List<SurveyOption> ParseOptions(string? lines) =>
        [.. (lines ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(SurveyForm.OptionSeparator, 2, StringSplitOptions.TrimEntries) is [var id, var label]
                ? new SurveyOption(id, label)
                : new SurveyOption(SurveyForm.Slug(line), line))];
}
