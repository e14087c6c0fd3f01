namespace Clout.Core.Surveys;

/// <summary>What a survey asks, in order: the content of one version. Checked by <see cref="SurveyDefinitionRules"/>.</summary>
public sealed record SurveyDefinition(string Title, string? Intro, string? ThankYou, IReadOnlyList<SurveyQuestion> Questions)
{
    public SurveyQuestion? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}
