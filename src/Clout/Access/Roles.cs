namespace Clout.Access;

/// <summary>Who may do what in a workspace's dashboard.</summary>
public static class Roles
{
    /// <summary>Everything, including users and keys.</summary>
    public const string Owner = "owner";

    /// <summary>Reads and imports data.</summary>
    public const string Analyst = "analyst";

    /// <summary>Reads only.</summary>
    public const string Viewer = "viewer";

    public static IReadOnlyList<string> All { get; } = [Owner, Analyst, Viewer];
}
