using System.Globalization;
using System.Text.RegularExpressions;

namespace Clout.Core.Surveys;

/// <summary>
/// What makes a survey definition publishable. Every problem names the question (or field) it is about, so the
/// builder can point at it; an empty list means the definition is sound.
/// </summary>
public static partial class SurveyDefinitionRules
{
    public const int MaxTitleLength = 200;
    public const int MaxParagraphLength = 2000;
    public const int MaxQuestions = 100;
    public const int MaxQuestionTextLength = 500;
    public const int MaxLabelLength = 200;

    /// <summary>Roster questions list every influencer of a workspace; a thousand covers the largest rosters we expect.</summary>
    public const int MaxOptions = 1000;

    public static IReadOnlyList<SurveyProblem> Check(SurveyDefinition? definition)
    {
        var problems = new List<SurveyProblem>();
        if (definition is null)
        {
            problems.Add(new("definition", "is missing."));
            return problems;
        }
        if (string.IsNullOrWhiteSpace(definition.Title))
        {
            problems.Add(new("title", "is required."));
        }
        else if (definition.Title.Length > MaxTitleLength)
        {
            problems.Add(new("title", $"has {definition.Title.Length} characters; at most {MaxTitleLength} are allowed."));
        }
        if (definition.Intro is { Length: > MaxParagraphLength })
        {
            problems.Add(new("intro", $"has {definition.Intro.Length} characters; at most {MaxParagraphLength} are allowed."));
        }
        if (definition.ThankYou is { Length: > MaxParagraphLength })
        {
            problems.Add(new("thank_you", $"has {definition.ThankYou.Length} characters; at most {MaxParagraphLength} are allowed."));
        }
        var questions = definition.Questions ?? [];
        if (questions.Count == 0)
        {
            problems.Add(new("questions", "a survey needs at least one question."));
        }
        else if (questions.Count > MaxQuestions)
        {
            problems.Add(new("questions", $"has {questions.Count} questions; at most {MaxQuestions} are allowed."));
        }
        var seen = new Dictionary<string, SurveyQuestion>(StringComparer.Ordinal);
        var constructTypes = new Dictionary<string, QuestionType>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            var question = questions[i];
            if (question is null)
            {
                problems.Add(new($"questions[{i}]", "is empty."));
                continue;
            }
            var field = string.IsNullOrEmpty(question.Id) ? $"questions[{i}]" : question.Id;
            if (!IdPattern().IsMatch(question.Id ?? ""))
            {
                problems.Add(new(field, "the id must be 1-32 characters of a-z, 0-9 and _."));
            }
            else if (!seen.TryAdd(question.Id!, question))
            {
                problems.Add(new(field, "the id is used by an earlier question; ids must be unique."));
            }
            CheckText(question, field, problems);
            CheckOptions(question, field, problems);
            CheckScale(question, field, problems, constructTypes);
            CheckShowIf(question, field, seen, problems);
        }
        return problems;
    }

    private static void CheckText(SurveyQuestion question, string field, List<SurveyProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(question.Text))
        {
            problems.Add(new(field, "the question text is required."));
        }
        else if (question.Text.Length > MaxQuestionTextLength)
        {
            problems.Add(new(field, $"the question text has {question.Text.Length} characters; at most {MaxQuestionTextLength} are allowed."));
        }
        if (question.Type == QuestionType.OpenText)
        {
            if (question.MaxLength is < 1 or > SurveyQuestion.MaxTextLength)
            {
                problems.Add(new(field, $"max_length must be 1-{SurveyQuestion.MaxTextLength}, not {question.MaxLength}."));
            }
        }
        else if (question.MaxLength is not null)
        {
            problems.Add(new(field, "max_length applies to open_text questions only."));
        }
    }

    private static void CheckOptions(SurveyQuestion question, string field, List<SurveyProblem> problems)
    {
        var options = question.Options ?? [];
        if (!question.Type.IsChoice())
        {
            if (options.Count > 0 || question.AllowOther)
            {
                problems.Add(new(field, $"options and allow_other apply to choice questions only, not to {question.Type.ToName()}."));
            }
            return;
        }
        // One is enough: a roster question of a workspace with no influencers yet offers only "other".
        if (options.Count == 0 && !question.AllowOther)
        {
            problems.Add(new(field, "a choice question needs at least one option (or allow_other)."));
        }
        if (options.Count > MaxOptions)
        {
            problems.Add(new(field, $"has {options.Count} options; at most {MaxOptions} are allowed."));
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (option is null || !IdPattern().IsMatch(option.Id ?? ""))
            {
                problems.Add(new(field, $"option id '{option?.Id}' must be 1-32 characters of a-z, 0-9 and _."));
                continue;
            }
            if (option.Id == SurveyOption.OtherId)
            {
                problems.Add(new(field, "option id 'other' is reserved for allow_other."));
            }
            if (!ids.Add(option.Id!))
            {
                problems.Add(new(field, $"option id '{option.Id}' is used twice."));
            }
            if (string.IsNullOrWhiteSpace(option.Label) || option.Label.Length > MaxLabelLength)
            {
                problems.Add(new(field, $"option '{option.Id}' needs a label of 1-{MaxLabelLength} characters."));
            }
        }
    }

    private static void CheckScale(SurveyQuestion question, string field, List<SurveyProblem> problems, Dictionary<string, QuestionType> constructTypes)
    {
        if (question.MinLabel is { Length: > MaxLabelLength } || question.MaxLabel is { Length: > MaxLabelLength })
        {
            problems.Add(new(field, $"min_label and max_label may have at most {MaxLabelLength} characters."));
        }
        if (!question.Type.IsScale() && (question.MinLabel is not null || question.MaxLabel is not null))
        {
            problems.Add(new(field, "min_label and max_label apply to scale questions only."));
        }
        if (question.Construct is null)
        {
            if (question.Reverse)
            {
                problems.Add(new(field, "reverse applies to items of a construct only."));
            }
            return;
        }
        if (!IdPattern().IsMatch(question.Construct))
        {
            problems.Add(new(field, "the construct name must be 1-32 characters of a-z, 0-9 and _."));
        }
        if (question.Type is not (QuestionType.Likert5 or QuestionType.Likert7 or QuestionType.SemanticDifferential or QuestionType.Rating))
        {
            problems.Add(new(field, $"a construct is made of Likert, semantic-differential or rating items, not {question.Type.ToName()}."));
        }
        else if (!constructTypes.TryAdd(question.Construct, question.Type) && constructTypes[question.Construct] != question.Type)
        {
            // Averaging a 5-point and a 7-point item would weigh them unequally.
            problems.Add(new(field, $"every item of construct '{question.Construct}' must have the same type ({constructTypes[question.Construct].ToName()})."));
        }
    }

    private static void CheckShowIf(SurveyQuestion question, string field, Dictionary<string, SurveyQuestion> earlier, List<SurveyProblem> problems)
    {
        if (question.ShowIf is not { } condition)
        {
            return;
        }
        // The question itself was added to 'earlier' already; it cannot depend on itself.
        if (condition.Question == question.Id || !earlier.TryGetValue(condition.Question ?? "", out var source))
        {
            problems.Add(new(field, $"show_if must name an earlier question, not '{condition.Question}'."));
            return;
        }
        if (condition.AnyOf is null || condition.AnyOf.Count == 0)
        {
            problems.Add(new(field, "show_if.any_of needs at least one value."));
            return;
        }
        foreach (var value in condition.AnyOf)
        {
            var valid = source.Type.IsChoice() ? source.HasOption(value ?? "")
                : source.Type.Range() is { } range && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= range.Min && n <= range.Max;
            if (!valid)
            {
                problems.Add(new(field, $"show_if value '{value}' is not an answer of question '{source.Id}'."));
            }
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    internal static partial Regex IdPattern();
}
