using Clout.Core.Names;

namespace Clout.Core.Access;

/// <summary>
/// What an API key may do. Each scope acts as the <see cref="Role"/> of the same reach: read as a viewer, write as an
/// analyst, owner as an owner. Least first, so that a value nobody set is the weakest.
/// </summary>
[StoredByName]
public enum KeyScope
{
    /// <summary>Reports and lists (GET), and computations that store nothing.</summary>
    Read,

    /// <summary>Also changes data: orders, imports, campaigns, surveys, audits.</summary>
    Write,

    /// <summary>Also administers the workspace: its keys, users and settings.</summary>
    Owner,
}
