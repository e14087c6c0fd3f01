namespace Clout.Storage.Model;

/// <summary>
/// Which survey a public id names: the public survey endpoints carry no workspace, so this small global table finds
/// it, and its key keeps public ids unique across the database. Written with the survey; goes with it.
/// </summary>
public sealed class SurveyPublicId
{
    public required string PublicId { get; set; }
    public long WorkspaceId { get; set; }
    public long SurveyId { get; set; }
}
