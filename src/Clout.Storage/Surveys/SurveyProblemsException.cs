using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>A definition or response the survey rules refuse; each problem names its question. Nothing was stored.</summary>
public sealed class SurveyProblemsException(IReadOnlyList<SurveyProblem> problems)
    : Exception(string.Join("; ", problems.Select(p => p.ToString())))
{
    public IReadOnlyList<SurveyProblem> Problems { get; } = problems;
}
