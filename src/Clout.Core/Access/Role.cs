using Clout.Core.Names;

namespace Clout.Core.Access;

/// <summary>Who may do what in a workspace's dashboard.</summary>
[StoredByName]
public enum Role
{
    /// <summary>Everything, including users and keys.</summary>
    Owner,

    /// <summary>Reads and imports data.</summary>
    Analyst,

    /// <summary>Reads only.</summary>
    Viewer,
}
