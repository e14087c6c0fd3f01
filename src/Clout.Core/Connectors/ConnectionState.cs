using Clout.Core.Names;

namespace Clout.Core.Connectors;

/// <summary>Where a connection to a platform stands, as the Connections page and `clout connections` show it.</summary>
[StoredByName]
public enum ConnectionState
{
    /// <summary>The last run finished, or none has run yet: the next runs on the schedule.</summary>
    Active,

    /// <summary>The platform's quota is spent or it answered with its own errors: the next run waits, then resumes.</summary>
    BackingOff,

    /// <summary>The key or token was refused or expired: nothing runs until someone connects again.</summary>
    NeedsAuthorisation,

    /// <summary>Runs fail for a reason waiting alone does not seem to fix (gone account, refused request, bad data); still retried, slowly.</summary>
    Failing,
}
