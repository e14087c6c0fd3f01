namespace Clout.Storage.Model;

/// <summary>One version of a survey's definition, as JSON (<see cref="Core.Surveys.SurveyJson"/>). Frozen once published.</summary>
public sealed class SurveyVersion : IWorkspaceOwned
{
    public long Id { get; set; }
    public long WorkspaceId { get; set; }
    public long SurveyId { get; set; }
    public int Number { get; set; }
    public required string DefinitionJson { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
}
