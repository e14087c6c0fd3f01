using Clout.Core.Names;

namespace Clout.Core.Connectors;

/// <summary>The step of a sync that an interrupted run stopped in, so that the next run resumes there.</summary>
[StoredByName]
public enum SyncPhase
{
    /// <summary>Listing the account's posts, page by page.</summary>
    Posts,

    /// <summary>Listing the comments of recent posts, post by post and page by page.</summary>
    Comments,
}
