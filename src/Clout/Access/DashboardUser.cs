namespace Clout.Access;

/// <summary>The type ASP.NET Core's password hasher is keyed on; it carries nothing the hasher reads.</summary>
public sealed class DashboardUser;
