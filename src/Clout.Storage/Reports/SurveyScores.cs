namespace Clout.Storage.Reports;

/// <summary>What the survey responses about one influencer gave, one entry per respondent who answered that part.</summary>
public sealed record SurveyScores
{
    public List<double> Trust { get; } = [];

    public List<int> Nps { get; } = [];

    public List<double> Parasocial { get; } = [];

    public List<double> Authenticity { get; } = [];
}
