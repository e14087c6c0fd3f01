namespace Clout.Access;

internal static class CloutClaims
{
    public const string WorkspaceId = "clout:workspace_id";
    public const string Workspace = "clout:workspace";
}
