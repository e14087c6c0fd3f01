using Clout.Core.Roster;

namespace Clout.Connectors;

/// <summary>
/// A platform's OAuth login, as a creator authorises the brand: the authorisation page's address, the code exchanged
/// for tokens, and the access token refreshed before it expires.
/// </summary>
internal interface ICreatorLogin
{
    Platform Platform { get; }

    Uri AuthorizeUri(string state, Uri redirectUri);

    Task<AuthorisedAccount> ExchangeCodeAsync(string code, Uri redirectUri, CancellationToken cancellationToken);

    bool NeedsRefresh(ConnectionCredentials credentials);

    Task<ConnectionCredentials> RefreshAsync(ConnectionCredentials credentials, CancellationToken cancellationToken);
}
