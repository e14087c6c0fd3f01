using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>
/// A live survey as the public endpoints see it: its workspace, live version, CORS origins and schedule, and the
/// workspace's order-proof secret as stored (protected; null when none was made yet).
/// </summary>
public sealed record PublicSurvey(
    long WorkspaceId,
    string WorkspaceName,
    long SurveyId,
    string PublicId,
    int Version,
    SurveyDefinition Definition,
    IReadOnlyList<string> AllowedOrigins,
    RecurrencePolicy Recurrence,
    string? OrderProofSecretProtected);
