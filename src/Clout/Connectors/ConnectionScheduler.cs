using Clout.Hosting;
using Clout.Storage.Connections;
using Clout.Storage.Model;
using Microsoft.Extensions.Options;

namespace Clout.Connectors;

/// <summary>
/// `clout serve`'s schedule: runs every workspace's due connections (<see cref="ConnectionSync"/>), then sleeps until
/// the next is due, waking at least every <see cref="Poll"/> to see connections added meanwhile by `clout connect`.
/// Waits on the injected clock; stops at once on shutdown (a run in progress keeps what it saved after each page).
/// With several nodes on one database, one of them syncs (<see cref="ClusterTurns"/>); the others look every poll
/// whether it is still there.
/// </summary>
internal sealed partial class ConnectionScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ConnectorSyncOptions> options,
    ClusterTurns turns, ILogger<ConnectionScheduler> logger) : BackgroundService
{
    /// <summary>The longest sleep: a connection added from the command line starts syncing within this.</summary>
    public static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Schedule)
        {
            return;
        }
        await using var turn = turns.For("connection-sync");
        try
        {
            // Off the start-up path: the server answers while the first runs go.
            await Task.Yield();
            while (!stoppingToken.IsCancellationRequested)
            {
                var wait = Poll;
                try
                {
                    if (await turn.IsMineAsync(stoppingToken))
                    {
                        wait = await RunDueAsync(stoppingToken);
                    }
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogScheduleFailed(e);
                }
                await Task.Delay(wait, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>Runs what is due and returns how long to sleep.</summary>
    private async Task<TimeSpan> RunDueAsync(CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<DueConnection> due;
        DateTime? nextUtc;
        await using (var scope = scopes.CreateAsyncScope())
        {
            (due, nextUtc) = await scope.ServiceProvider.GetRequiredService<ConnectionStore>().DueAcrossWorkspacesAsync(now, stoppingToken);
        }
        foreach (var connection in due)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Set(connection.WorkspaceId, connection.WorkspaceName);
                await scope.ServiceProvider.GetRequiredService<ConnectionSync>().RunAsync(connection.ConnectionId, dueOnly: true, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRunCrashed(connection.ConnectionId, e);
            }
        }
        if (due.Count > 0)
        {
            // The runs just made set new next attempts: look again at once.
            return TimeSpan.Zero;
        }
        var untilNext = nextUtc is { } next ? next - clock.GetUtcNow().UtcDateTime : Poll;
        return untilNext < TimeSpan.Zero ? TimeSpan.Zero : untilNext < Poll ? untilNext : Poll;
    }

    [LoggerMessage(LogLevel.Warning, "Looking for due connections failed; trying again shortly.")]
    private partial void LogScheduleFailed(Exception exception);

    [LoggerMessage(LogLevel.Error, "Syncing connection {ConnectionId} failed unexpectedly; it is tried again on the next round.")]
    private partial void LogRunCrashed(long connectionId, Exception exception);
}
