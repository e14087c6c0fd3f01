namespace Clout.Core.Surveys;

/// <summary>What is wrong, and where: a question id (or "title", "questions") and a sentence a marketer can act on.</summary>
public sealed record SurveyProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
