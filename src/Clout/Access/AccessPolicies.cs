namespace Clout.Access;

/// <summary>The names of the policies <see cref="AccessServices.AddAccess"/> defines, for the endpoints and pages that require them.</summary>
public static class AccessPolicies
{
    /// <summary>An API key of a workspace, whose scope reaches what the route does (<see cref="KeyScopes"/>).</summary>
    public const string Api = "api";

    /// <summary>A signed-in dashboard user of a workspace.</summary>
    public const string Dashboard = "dashboard";

    /// <summary>A role that may change data (owner or analyst), required on top of <see cref="Api"/> or <see cref="Dashboard"/>.</summary>
    public const string Editor = "editor";

    /// <summary>The owner role, required on top of <see cref="Dashboard"/> for the workspace's administration.</summary>
    public const string Owner = "owner";

    /// <summary>The rate limit on sign-in attempts.</summary>
    public const string SignInLimiter = "sign-in";
}
