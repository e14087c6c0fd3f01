namespace Clout.Core.Surveys;

/// <summary>Wire names of question types and the fixed answer range of each scale type.</summary>
public static class QuestionTypes
{
    private static readonly Dictionary<QuestionType, string> Names = new()
    {
        [QuestionType.SingleChoice] = "single_choice",
        [QuestionType.MultipleChoice] = "multiple_choice",
        [QuestionType.Likert5] = "likert5",
        [QuestionType.Likert7] = "likert7",
        [QuestionType.SemanticDifferential] = "semantic_differential",
        [QuestionType.Nps] = "nps",
        [QuestionType.Rating] = "rating",
        [QuestionType.OpenText] = "open_text",
    };

    public static IReadOnlyCollection<string> All => Names.Values;

    public static string ToName(this QuestionType type) => Names[type];

    public static QuestionType? Parse(string? name) =>
        Names.FirstOrDefault(p => string.Equals(p.Value, name?.Trim(), StringComparison.OrdinalIgnoreCase)) is { Value: not null } found ? found.Key : null;

    public static bool IsChoice(this QuestionType type) => type is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    /// <summary>Types answered with one whole number from a fixed range.</summary>
    public static bool IsScale(this QuestionType type) => Range(type) is not null;

    /// <summary>The answer range of a scale type (the contract fixes it per type), null for choices and text.</summary>
    public static (int Min, int Max)? Range(this QuestionType type) => type switch
    {
        QuestionType.Likert5 => (1, 5),
        QuestionType.Likert7 => (1, 7),
        QuestionType.SemanticDifferential => (1, 7),
        QuestionType.Nps => (0, 10),
        QuestionType.Rating => (1, 5),
        _ => null,
    };

    /// <summary>Default end labels of a scale type, used when the author gives none.</summary>
    public static (string? Min, string? Max) DefaultLabels(this QuestionType type) => type switch
    {
        QuestionType.Likert5 or QuestionType.Likert7 => ("Strongly disagree", "Strongly agree"),
        QuestionType.Nps => ("Not at all likely", "Extremely likely"),
        _ => (null, null),
    };
}
