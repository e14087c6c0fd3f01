using Clout.Core.Surveys;

namespace Clout.Storage.Surveys;

/// <summary>
/// A live survey as the public endpoints see it: its workspace, live version, CORS origins and schedule. The
/// workspace's order-proof secret is not part of it: an answer carrying an order token reads the secret as stored now.
/// </summary>
public sealed record PublicSurvey(
    long WorkspaceId,
    string WorkspaceName,
    long SurveyId,
    string PublicId,
    int Version,
    SurveyDefinition Definition,
    IReadOnlyList<string> AllowedOrigins,
    RecurrencePolicy Recurrence);
