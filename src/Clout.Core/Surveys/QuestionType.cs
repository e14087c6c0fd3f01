namespace Clout.Core.Surveys;

/// <summary>The kinds of question a survey can ask; on the wire as snake_case names (<see cref="QuestionTypes"/>).</summary>
public enum QuestionType
{
    SingleChoice,
    MultipleChoice,
    Likert5,
    Likert7,
    SemanticDifferential,
    Nps,
    Rating,
    OpenText,
}
