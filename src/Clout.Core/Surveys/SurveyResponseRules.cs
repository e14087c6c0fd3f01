namespace Clout.Core.Surveys;

/// <summary>
/// Checks a response against the version it answered: every answer names a question of that version, has the
/// question's shape and range, every required visible question is answered, and no hidden question is. Each problem
/// names its question id, so the widget can point at it.
/// </summary>
public static class SurveyResponseRules
{
    public static IReadOnlyList<SurveyProblem> Check(SurveyDefinition definition, IReadOnlyDictionary<string, SurveyAnswer?> answers)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = new List<SurveyProblem>();
        foreach (var id in answers.Keys)
        {
            if (definition.Find(id) is null)
            {
                problems.Add(new(id, "is not a question of this survey version."));
            }
        }
        foreach (var question in definition.Questions)
        {
            var answer = answers.TryGetValue(question.Id, out var given) && given is { IsEmpty: false } ? given : null;
            if (!IsShown(question, answers))
            {
                if (answer is not null)
                {
                    problems.Add(new(question.Id, $"is hidden unless '{question.ShowIf!.Question}' is answered {string.Join(" or ", question.ShowIf.AnyOf)}; it must not be answered."));
                }
                continue;
            }
            if (answer is null)
            {
                if (question.Required)
                {
                    problems.Add(new(question.Id, "is required."));
                }
                continue;
            }
            if (CheckAnswer(question, answer) is { } message)
            {
                problems.Add(new(question.Id, message));
            }
        }
        return problems;
    }

    /// <summary>Shown when it has no condition, or when the earlier question's answer is one of the listed values.</summary>
    public static bool IsShown(SurveyQuestion question, IReadOnlyDictionary<string, SurveyAnswer?> answers)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answers);
        return question.ShowIf is not { } condition
            || (answers.TryGetValue(condition.Question, out var source) && source is not null && source.Keys().Any(condition.AnyOf.Contains));
    }

    private static string? CheckAnswer(SurveyQuestion question, SurveyAnswer answer)
    {
        switch (question.Type)
        {
            case QuestionType.SingleChoice:
                if (answer.Option is null || answer.Options is not null || answer.Value is not null)
                {
                    return "answer with {\"option\": \"<option id>\"}.";
                }
                if (!question.HasOption(answer.Option))
                {
                    return $"'{answer.Option}' is not an option of this question.";
                }
                return CheckOther(answer.Option == SurveyOption.OtherId ? SurveyOption.OtherId : null, answer.Text);
            case QuestionType.MultipleChoice:
                if (answer.Options is not { Count: > 0 } options || answer.Option is not null || answer.Value is not null)
                {
                    return "answer with {\"options\": [\"<option id>\", …]}.";
                }
                foreach (var option in options)
                {
                    if (option is null || !question.HasOption(option))
                    {
                        return $"'{option}' is not an option of this question.";
                    }
                }
                if (options.Distinct(StringComparer.Ordinal).Count() != options.Count)
                {
                    return "an option is chosen twice.";
                }
                return CheckOther(options.Contains(SurveyOption.OtherId) ? SurveyOption.OtherId : null, answer.Text);
            case QuestionType.OpenText:
                if (answer.Text is null || answer.Option is not null || answer.Options is not null || answer.Value is not null)
                {
                    return "answer with {\"text\": \"…\"}.";
                }
                return answer.Text.Length > question.TextLimit
                    ? $"the text has {answer.Text.Length} characters; at most {question.TextLimit} are allowed."
                    : null;
            default:
                var (min, max) = question.Type.Range()!.Value;
                if (answer.Value is not { } value || answer.Option is not null || answer.Options is not null || answer.Text is not null)
                {
                    return $"answer with {{\"value\": <{min}-{max}>}}.";
                }
                return value < min || value > max ? $"{value} is outside {min}-{max}." : null;
        }
    }

    /// <summary>"Other" needs its free text; any other choice carries none.</summary>
    private static string? CheckOther(string? other, string? text)
    {
        if (other is null)
        {
            return text is null ? null : "text goes with the \"other\" option only.";
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return "\"other\" needs a text saying what.";
        }
        return text.Length > SurveyQuestion.MaxOtherLength
            ? $"the \"other\" text has {text.Length} characters; at most {SurveyQuestion.MaxOtherLength} are allowed."
            : null;
    }
}
