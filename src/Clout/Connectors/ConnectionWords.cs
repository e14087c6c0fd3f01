using System.Globalization;
using Clout.Core.Connectors;
using Clout.Core.Roster;
using Clout.Storage.Connections;

namespace Clout.Connectors;

/// <summary>A connection's state and last failure in a marketer's words, for the Connections page and `clout connections`.</summary>
internal static class ConnectionWords
{
    public static string State(ConnectionState state) => state switch
    {
        ConnectionState.Active => "Active",
        ConnectionState.BackingOff => "Waiting to retry",
        ConnectionState.NeedsAuthorisation => "Needs authorisation",
        ConnectionState.Failing => "Failing",
        _ => state.ToString(),
    };

    /// <summary>What went wrong last and what to do about it; null when nothing has failed since the last success.</summary>
    public static string? Problem(ConnectionSummary c)
    {
        if (c.LastErrorUtc is not { } at || (c.LastSuccessUtc is { } success && success >= at))
        {
            return null;
        }
        var when = at.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
        var credential = c.Platform == Platform.YouTube ? "key" : "access token";
        return c.LastFailure switch
        {
            "quotaexceeded" => $"The platform's daily allowance of requests ran out on {when}; Clout carries on where it stopped once it resets.",
            "servererror" => $"The platform had a problem on its side on {when}; Clout tries again by itself.",
            "tokenexpired" => $"The platform says the access token expired on {when} — ask the creator to authorise again.",
            "unauthorized" when c.Platform == Platform.YouTube =>
                $"YouTube refused the API key on {when}: this connection needs a new key (clout connect youtube --api-key … --channel {c.Account}).",
            "unauthorized" => $"The platform refused the {credential} on {when} — ask the creator to authorise again.",
            "notfound" => $"The platform could not find the account '{c.Account}' on {when}: was it renamed or deleted?",
            _ => $"Syncing failed on {when}: {c.LastError}",
        };
    }
}
