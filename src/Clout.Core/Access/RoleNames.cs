namespace Clout.Core.Access;

/// <summary>
/// The names roles are stored, typed and claimed under ("owner", "analyst", "viewer"): the users' role column, the
/// CLI's --role and the sign-in cookie's role claims use them, so they never change.
/// </summary>
public static class RoleNames
{
    /// <summary>Every role's name, most powerful first.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Enum.GetValues<Role>().Select(ToName)];

    public static string ToName(this Role role) => role switch
    {
        Role.Owner => "owner",
        Role.Analyst => "analyst",
        Role.Viewer => "viewer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Not a role."),
    };

    /// <summary>Parses a stored name (exactly as <see cref="ToName"/> writes it).</summary>
    public static Role Parse(string name) => name switch
    {
        "owner" => Role.Owner,
        "analyst" => Role.Analyst,
        "viewer" => Role.Viewer,
        _ => throw new FormatException($"'{name}' is not a role (owner, analyst, viewer)."),
    };
}
