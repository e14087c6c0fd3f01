using Clout.Core.Roster;

namespace Clout.Connectors;

/// <summary>
/// One platform's API as the connectors need it: an account's public counts, its posts page by page, a post's
/// comments page by page. Each implementation is a thin HTTP client whose base address is a setting, so the same code
/// runs against the platform and against a local server that answers as the platform's reference documents. Failures
/// the sync must tell apart (quota, expired token, server error) come out as <see cref="ConnectorException"/>.
/// </summary>
internal interface IPlatformClient
{
    Platform Platform { get; }

    /// <summary>The platform's daily budget of calls and when it resets; a client whose platform has none keeps the default.</summary>
    PlatformQuota Quota => PlatformQuota.Default;

    /// <summary>The account named by <paramref name="account"/> (an id or a handle, as the platform allows) with its counts now.</summary>
    Task<FetchedAccount> GetAccountAsync(ConnectionCredentials credentials, string account, CancellationToken cancellationToken);

    /// <summary>One page of the account's posts, newest first; <paramref name="pageToken"/> null for the first page.</summary>
    Task<FetchedPage<FetchedPost>> GetPostsAsync(ConnectionCredentials credentials, FetchedAccount account, string? pageToken,
        CancellationToken cancellationToken);

    /// <summary>One page of a post's comments; <paramref name="pageToken"/> null for the first page.</summary>
    Task<FetchedPage<FetchedComment>> GetCommentsAsync(ConnectionCredentials credentials, string postExternalId, string? pageToken,
        CancellationToken cancellationToken);
}
