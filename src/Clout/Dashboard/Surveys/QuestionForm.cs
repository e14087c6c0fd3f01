using Clout.Core.Surveys;

namespace Clout.Dashboard.Surveys;

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
