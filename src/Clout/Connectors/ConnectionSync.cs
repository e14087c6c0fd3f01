using System.Text.Json;
using Clout.Core.Connectors;
using Clout.Core.Names;
using Clout.Storage.Connections;
using Clout.Storage.Ingestion;
using Microsoft.Extensions.Options;

namespace Clout.Connectors;

/// <summary>
/// Runs the connections of the scope's workspace (see <see cref="SyncRun"/>) and decides, from how a run ended, the
/// connection's state and its next attempt: a spent quota waits for the platform's reset, a platform's own errors
/// back off (<see cref="SyncBackoff"/>), a refused or expired key or token waits for someone to connect again.
/// </summary>
internal sealed partial class ConnectionSync(ConnectionStore store, Importer importer, ConnectionSecrets secrets, PlatformClients clients,
    IEnumerable<ICreatorLogin> logins, TimeProvider clock, IOptions<ConnectorSyncOptions> options, ILogger<ConnectionSync> logger)
{
    /// <summary>
    /// Every connection of the workspace once. <paramref name="dueOnly"/>: only those whose next attempt has come (the
    /// schedule); otherwise all but those waiting for an authorisation (a person asked for a sync now).
    /// </summary>
    public async Task<IReadOnlyList<SyncOutcome>> RunAllAsync(bool dueOnly, CancellationToken cancellationToken)
    {
        var outcomes = new List<SyncOutcome>();
        foreach (var id in await store.IdsAsync(cancellationToken))
        {
            if (await RunAsync(id, dueOnly, cancellationToken) is { } outcome)
            {
                outcomes.Add(outcome);
            }
        }
        return outcomes;
    }

    /// <summary>One connection once; null when it is not to run now (removed, not due, or waiting for an authorisation).</summary>
    public async Task<SyncOutcome?> RunAsync(long id, bool dueOnly, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } connection)
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (connection.State == ConnectionState.NeedsAuthorisation)
        {
            return new SyncOutcome(id, connection.Platform, connection.Account, connection.State, connection.LastError ?? "needs authorisation");
        }
        if (dueOnly && connection.NextAttemptUtc > now)
        {
            return null;
        }
        var client = clients.For(connection.Platform);
        var credentials = secrets.UnprotectCredentials(connection.CredentialsProtected);
        if (client is null || credentials is null)
        {
            var (failure, message) = client is null
                ? (ConnectorFailure.BadRequest, $"This version of Clout has no connector for {connection.Platform}.")
                : (ConnectorFailure.Unauthorized, "The stored key or token cannot be decrypted (the server's key ring changed): connect the account again.");
            return await EndAsync(Failed(connection, failure, message, null, PlatformQuota.Default, now), failed: true, cancellationToken);
        }

        if (logins.FirstOrDefault(l => l.Platform == connection.Platform) is { } login && login.NeedsRefresh(credentials))
        {
            // An authorised creator's token lives a day (TikTok) or sixty (Instagram): renewed before it runs out, and
            // stored at once, since the platform may have spent the old refresh token.
            try
            {
                credentials = await login.RefreshAsync(credentials, cancellationToken);
                connection = connection with { CredentialsProtected = secrets.ProtectCredentials(credentials) };
                await store.UpdateAsync(connection, CancellationToken.None);
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException or JsonException)
            {
                var (failure, retryAfter) = e is ConnectorException c ? (c.Failure, c.RetryAfter) : (ConnectorFailure.ServerError, null);
                return await EndAsync(Failed(connection, failure, $"Renewing the access token failed: {e.Message}", retryAfter, client.Quota, now),
                    failed: true, cancellationToken);
            }
        }

        var run = new SyncRun(store, importer, client, credentials, clock, options.Value, connection);
        StoredConnection ended;
        var failed = true;
        try
        {
            await run.ExecuteAsync(cancellationToken);
            ended = run.Connection with
            {
                State = ConnectionState.Active,
                LastSuccessUtc = clock.GetUtcNow().UtcDateTime,
                ConsecutiveFailures = 0,
                NextAttemptUtc = clock.GetUtcNow().UtcDateTime + options.Value.Interval,
            };
            failed = false;
        }
        catch (ConnectorException e)
        {
            ended = Failed(run.Connection, e.Failure, e.Message, e.RetryAfter, client.Quota, clock.GetUtcNow().UtcDateTime);
        }
        catch (SyncDataException e)
        {
            ended = Failed(run.Connection, ConnectorFailure.BadRequest, e.Message, null, client.Quota, clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // No answer, a timeout, or an answer that is not the platform's JSON (a proxy's error page): as the platform's own error.
            ended = Failed(run.Connection, ConnectorFailure.ServerError, $"The platform did not answer as expected ({e.GetType().Name}).", null,
                client.Quota, clock.GetUtcNow().UtcDateTime);
        }
        return await EndAsync(ended, failed, cancellationToken);
    }

    private async Task<SyncOutcome> EndAsync(StoredConnection ended, bool failed, CancellationToken cancellationToken)
    {
        // Written even when the caller is stopping: the outcome of calls already made must not be lost.
        await store.UpdateAsync(ended, CancellationToken.None);
        if (failed)
        {
            LogRunFailed(ended.Id, ended.Platform.ToString(), ended.State.ToName(), ended.LastError);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return new SyncOutcome(ended.Id, ended.Platform, ended.Account, ended.State, failed ? ended.LastError ?? ended.State.ToName() : null);
    }

    private static StoredConnection Failed(StoredConnection connection, ConnectorFailure failure, string message, TimeSpan? retryAfter,
        PlatformQuota quota, DateTime nowUtc)
    {
        var failures = connection.ConsecutiveFailures + 1;
        var (state, next) = failure switch
        {
            ConnectorFailure.QuotaExceeded => (ConnectionState.BackingOff, retryAfter is { } wait ? nowUtc + wait : SyncBackoff.NextMidnightUtc(nowUtc, quota.ResetZone)),
            ConnectorFailure.TokenExpired or ConnectorFailure.Unauthorized => (ConnectionState.NeedsAuthorisation, (DateTime?)null),
            ConnectorFailure.ServerError => (failures >= SyncBackoff.FailingAfter ? ConnectionState.Failing : ConnectionState.BackingOff,
                nowUtc + (retryAfter ?? SyncBackoff.AfterServerError(failures))),
            _ => (ConnectionState.Failing, nowUtc + SyncBackoff.AfterServerError(failures)),
        };
        return connection with
        {
            State = state,
            NextAttemptUtc = next,
            // A spent quota is the platform's rhythm, not a fault: it does not push the back-off of real errors further.
            ConsecutiveFailures = failure == ConnectorFailure.QuotaExceeded ? connection.ConsecutiveFailures : failures,
            LastError = message,
            LastFailure = failure.ToString().ToLowerInvariant(),
            LastErrorUtc = nowUtc,
        };
    }

    [LoggerMessage(LogLevel.Warning, "Connection {ConnectionId} ({Platform}) did not sync; now {State}: {Error}")]
    private partial void LogRunFailed(long connectionId, string platform, string state, string? error);
}
