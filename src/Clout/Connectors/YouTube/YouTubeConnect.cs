using Clout.Core.Roster;
using Clout.Storage.Connections;

namespace Clout.Connectors.YouTube;

/// <summary>
/// Connecting a channel, for `clout connect youtube` and the Connections page alike: one call checks the key and the
/// channel; only then is the connection stored, its key encrypted. Refused: an exception naming why, nothing stored.
/// </summary>
internal sealed class YouTubeConnect(YouTubeClient client, ConnectionStore store, ConnectionSecrets secrets)
{
    public async Task<(long Id, FetchedAccount Account)> ConnectAsync(string apiKey, string channel, CancellationToken cancellationToken)
    {
        var credentials = new ConnectionCredentials(apiKey.Trim(), null);
        var account = channel.Trim();
        var found = await client.GetAccountAsync(credentials, account, cancellationToken);
        var id = await store.SaveAsync(Platform.YouTube, account, found.ExternalId, secrets.ProtectCredentials(credentials), cancellationToken);
        return (id, found);
    }

    /// <summary>Why a connection was refused, in a sentence that never repeats the key.</summary>
    public static string Refusal(Exception e) => e is ConnectorException { Failure: ConnectorFailure.Unauthorized or ConnectorFailure.TokenExpired }
        ? $"YouTube refused the API key; nothing was stored. {e.Message}"
        : $"Could not check the channel; nothing was stored. {e.Message}";
}
