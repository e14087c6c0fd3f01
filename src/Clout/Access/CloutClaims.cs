namespace Clout.Access;

internal static class CloutClaims
{
    public const string WorkspaceId = "clout:workspace_id";
    public const string Workspace = "clout:workspace";

    /// <summary>The key of a dashboard session (<see cref="DashboardSessions"/>), inside the protected cookie.</summary>
    public const string Session = "clout:session";

    /// <summary>The scope of the API key that authenticated the request.</summary>
    public const string KeyScope = "clout:key_scope";
}
